"""A news article page's furniture as one kind (Round 39, issue 12): what a paper's, a broadcaster's or a Hong Kong or
Taiwan news site's page writes around an article, whatever the site — an ad's label, a browser or app prompt, an age
gate, a weather widget, a platform's notice, a picture's placeholder, a press list's header, a by-line standing alone.

Lines are read in Simplified (``chrome.find`` converts a page first), so one table reads both scripts (廣告 as 广告,
記者 as 记者). Each shape is a whole line of furniture: a union summary's sentence that names 记者, 来源, 推荐 or 编辑
is none, and a short heading is never taken for being short (``press_feature``)."""

from __future__ import annotations

import re

from .credit_lines import credit_line
from .forms import PICTURE_MARK
from .protected import HEADING

# an ad's label alone, once or repeated (广告, 廣告 廣告, Advertisement, 赞助内容)
_AD_LABEL = re.compile(
    r"^(?:广告|推广|赞助内容|advertisement|sponsored|ad)(?:[\s|｜·/]+(?:广告|推广|赞助内容|advertisement|sponsored|ad))*$",
    re.IGNORECASE)
# a browser or script prompt: where to get a browser, a browser or a script the page cannot use
_BROWSERS = r"(?:Edge|Firefox|FireFox|Chrome|Google|Safari|Opera|IE|Microsoft)"
_BROWSER_PROMPT = re.compile(
    rf"^(?:请(?:至|到|前往)\s*{_BROWSERS}\s*官网下载\s*)+$"
    r"|(?:您的|你的|当前)?浏览器(?:不支持|不支援|版本过低|版本太低|版本较低|已停止支持)"
    r"|(?:请|需要?|须)(?:开启|启用|打开|允许)\s*(?:浏览器的?\s*)?JavaScript|JavaScript\s*(?:已|被)?(?:禁用|停用|关闭)"
    r"|(?:enable|turn on)\s+JavaScript"
    # (round 41) a player plug-in the page asks for (您的Flash Player版本过低，请…升级)
    r"|Flash\s*Player\s*(?:版本过低|版本太低|未安装|没有安装)|(?:安装|升级|下载)\s*(?:Adobe\s*)?Flash\s*Player",
    re.IGNORECASE)
# an age gate: the rating word alone, the reader's age asked, the rating rule cited
_AGE_GATE = re.compile(r"^限制级$|满\s*18\s*岁.{0,8}(?:方可|才能|始可)?(?:浏览|观看|进入|阅读)|内容分级(?:处理)?办法")
# a weather widget: weather words and temperatures, nothing else (晴时多云, 多云转晴 25℃)
_WEATHER_WORD = r"(?:晴|阴|多云|少云|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|阵雪|雾|霾|沙尘)"
_WEATHER = re.compile(
    rf"^(?=.{{2}}){_WEATHER_WORD}(?:\s*(?:时|转|间|有|偶|局部|~|～|/|-)?\s*{_WEATHER_WORD})*"
    r"(?:\s*-?\d{1,2}\s*(?:℃|°C?|度)?\s*(?:[~～/-]\s*-?\d{1,2}\s*(?:℃|°C?|度))?)?$")
# a self-media platform's notice in English (its Chinese copy is a copyright line already)
_PLATFORM_NOTICE = re.compile(r"^Notice:\s*The content above|uploaded and posted by a user|"
                              r"only provides information storage services", re.IGNORECASE)
# a picture's placeholder: a file picture's bracket, an inserted picture's alt text, an editor's copy of a file
_PICTURE_PLACEHOLDER = re.compile(
    r"^[(（【\[]\s*(?:相关)?(?:资料图片?|资料照片?|档案照片?|示意图|配图|网络图片|图源网络|图片来[源自]于?网络)\s*[)）】\]]$"
    r"|^(?:文章插图|文章配图|插图|配图|from clipboard)$|^\S{1,40}_副本\d{0,2}$", re.IGNORECASE)
# a press list's header: what a news page lists under its article (新闻推荐, 今日热搜, 热门跟贴, 热图一览, 相关问题答案)
_PRESS_LIST = re.compile(
    r"^[【\[]?(?:新闻推荐|推荐新闻|编辑推荐|为你推荐|为您推荐|今日热搜|热搜榜|热搜|热门跟贴|热门跟帖|热门评论|热图一览|"
    r"图片推荐|视频推荐|相关问题答案|相关问题|热门新闻|要闻推荐|今日推荐|今日热点|24小时热闻|热闻|主编精选|编辑精选|热门话题|"
    r"夯话题|新闻关键字|热点)[】\]]?\s*[:：>»]?$")  # (热点: round 41)
# an app's prompt to open it for what the page holds (打开某某新闻 查看精彩图片)
_APP_PROMPT = re.compile(r"^(?:打开|下载)\s*\S{2,10}?(?:新闻|APP|客户端|app)\s*(?:查看|阅读|观看|看)\S{0,10}$"
                         r"|^(?:立即|马上|点我|点击)?下载\s*\S{0,8}?\s*APP\W*$|用\s*APP\s*看新闻"
                         # ... and a prompt to follow or subscribe (加入LINE好友, 订阅电子报)
                         r"|^(?:加入\s*LINE\s*好友|追踪我们|订阅电子报|立即订阅|订阅本站|RSS\s*订阅)\W*$", re.IGNORECASE)

# a site's technical credit (某某提供技术支持), a page's loading placeholder, a swipe or mail-share widget, a prompt to
# share an article that helped (如果觉得《…》对你有帮助，请…)
_SITE_CREDIT = re.compile(r"提供技术支持")
_LOADING = re.compile(r"^(?:加载中|正在加载|等待处理|载入中|正在载入|loading)[\s.…。!！]*$", re.IGNORECASE)
_WIDGET = re.compile(r"^(?:左右|上下|向左|向右|向上|向下)?滑动(?:查看|浏览|看)(?:更多|全部|下一[张页篇个]|大图)?$"
                     # a continue-reading or skip link, a font-size label alone
                     r"|^(?:继续阅读|睇多啲|read more|阅读更多)\W*$|^(?:移至|跳至|跳到|跳过)(?:主要?内容|正文|导览列|导航列|导航栏?)\W*$|^skip to (?:main )?content$"
                     r"|^(?:文字|字体|字型|字级)大小\W*$"
                     r"|^(?:E-?mail|电邮|邮件)(?:推荐|分享|转发|给好友)\s*[:：]?$"
                     # (round 40) an empty list's placeholder, a navigation box's label, a menu's toggle
                     r"|^(?:暂无|没有)(?:内容|数据|信息|记录|文章)[!！。.]?$|^(?:站内|网站|栏目|快速|快捷)导航$"
                     r"|^(?:菜单|导航)(?:隐藏|展开|收起)$|^(?:隐藏|展开|收起)(?:菜单|导航)$", re.IGNORECASE)
_SHARE_PROMPT = re.compile(r"^如果(?:你|您)?觉得.{0,80}对(?:你|您)有(?:帮助|用)")
# a cookie banner; a reprint's source field (原载：某某报, 转自：某某, 新闻来源：某某台); readers' comments' header
_COOKIE = re.compile(r"(?:本网站|本站|我们)(?:会)?(?:使用|采用).{0,10}cookies?|we use cookies|accept (?:all )?cookies|"
                     r"cookies?\s*(?:政策|设置|设定|声明)", re.IGNORECASE)
_SOURCE_FIELD = re.compile(r"^(?:原载|原文载于|原刊于?|转载自|转自|新闻来源|消息来源)\s*[:：]\s*[^。！？!?；;，,]{2,30}$")
_COMMENTS = re.compile(r"^(?:读者回响|读者回应|读者评论|网友回应)\s*[:：]?$")
# (round 41) what a site says to its reader about itself: a prompt to like or follow its social page (…赞好某某
# Facebook 专版), to read more on its sites (更多精彩内容 请登陆某某网), a contact form's header (受理…咨询、投诉…请填写
# 真实个人信息), its copyright and submission note (如果发现本网站…影响到您的版权…欢迎来本站投稿), and its news desk's
# name standing alone (某某网新闻中心)
_SITE_PROMPT = re.compile(
    r"(?:赞好|讚好|关注|追踪|like)\s*\S{0,12}\s*(?:Facebook|Instagram|YouTube|FB)\s*(?:专版|专页|粉丝团|粉丝专页|page)?\W*$"
    r"|^更多(?:精彩)?(?:内容|资讯|新闻|文章|报道)\s*[,，:：]?\s*请(?:登陆|登录|访问|浏览|关注)"
    r"|^(?:受理|欢迎|在线).{0,30}(?:咨询|意见|建议|投诉|留言).{0,20}请(?:如实)?填写真实"
    r"|(?:本网站?|本站)发布的.{0,12}(?:影响|侵犯|侵害)(?:到)?(?:您的)?(?:版权|权益)|欢迎(?:来|向|给)?本(?:网站?|站)投稿"
    # (a web site's news desk anywhere; another outlet alone, by its place beside a date: `chrome.late`'s speaker)
    r"|^[\u4e00-\u9fff]{2,8}网新闻中心$", re.IGNORECASE)
# (round 41) a digital paper's record of the item: the paper, its page's section and five-digit number, the headline and
# date (浙江某报 社会 00010 某某 2010-03-29 nw.D…), or its date, numbers, paper and `content_N.html`
_EPAPER_RECORD = re.compile(r"^\S{2,12}报\s+\S{1,8}\s+\d{5}\s.*(?:19|20)\d{2}-\d{2}-\d{2}"
                            r"|^(?:19|20)\d{2}-\d{2}-\d{2}\s.{0,20}\S报\s+content_\d+\.html?\b")

SHAPES = (
    ("ad_label", _AD_LABEL), ("browser_tip", _BROWSER_PROMPT), ("age_gate", _AGE_GATE), ("weather", _WEATHER),
    ("platform_notice", _PLATFORM_NOTICE), (PICTURE_MARK, _PICTURE_PLACEHOLDER), ("related", _PRESS_LIST),
    ("app_prompt", _APP_PROMPT), ("site_credit", _SITE_CREDIT), ("loading", _LOADING), ("widget", _WIDGET),
    ("share_prompt", _SHARE_PROMPT), ("cookie", _COOKIE), ("meta", _SOURCE_FIELD), ("comment", _COMMENTS),
    ("site_prompt", _SITE_PROMPT), ("edition", _EPAPER_RECORD),
)
# a paper's citation of the item (《某某日报》(2018年01月04日 02版)), its by-line after it at most
_PAPER_CITATION = re.compile(r"^《[^》]{2,14}报》\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
                             r"(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[)）]\s*(?P<rest>.*)$")
# (round 41) a posting date glued before the by-line (2017-11-23某某联合调研组): read as a box mark before it
_DATED_BYLINE = re.compile(r"^(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\s*(?P<rest>[^\d\s].*)$")
#: A line of a news page's furniture is at most this long (the age gate's rule, cited in a sentence, is the longest).
PRESS_CHARS = 200


def press_feature(line: str) -> str | None:
    """The name of the news-page furniture LINE (Simplified) is, or None: an ad's label, a browser prompt, an age
    gate, a weather widget, a platform's notice, a picture's placeholder (named as a picture's label is), a press
    list's header (named as a related header is), an app's prompt, a paper's citation of the item, or a by-line or credit standing alone on its line
    wherever it stands (``credit_line``: role words, names and units only; ruling (d))."""
    s = line.strip()
    if not s or len(s) > PRESS_CHARS or HEADING.match(s):
        return None
    for name, shape in SHAPES:
        if shape.search(s):
            return name
    citation = _PAPER_CITATION.match(s)
    if citation and (not citation["rest"] or credit_line(citation["rest"])):
        return "edition"
    dated = _DATED_BYLINE.match(s)
    if dated and credit_line("■" + dated["rest"]):
        return "credit"
    return "credit" if credit_line(s) else None
