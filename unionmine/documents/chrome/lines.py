"""What one line of site chrome looks like: the line features ``chrome.find`` reasons with.

Each feature is general (a breadcrumb is short items joined by ">", a meta line names
发布时间/来源/浏览 with a date or a count); none names a site. ``is_protected`` says which lines
(headings, titles, markers, signatures, dates) no context rule may drop.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .menus import link_bar, short_items, split_items
from .meta_fields import empty_meta, meta_line
from .protected import GENRE_END, SENTENCE, SENTENCE_END

# ---------------------------------------------------------------- line features

_SEP = r"[|｜/／·•>»＞›→\\]"
BREADCRUMB_CUE = re.compile(
    r"^(?:\d\.\s*)?(?:[您你]的?)?(?:当前|现在|目前)?的?(?:所在)?的?(?:位置|导航|网站导航|导航栏)\s*(?:是)?\s*[:：>»]"
)
# a breadcrumb whose separators were lost in the copy: "首页总结工会工作总结" (no sentence, no digit)
_FLAT_CRUMB = re.compile(r"^(?:网站首页|首页|主页)[\u4e00-\u9fff]{2,24}$")
# A compilation's header line: the site's count claim or praise tag beside a title
# ("学校工会工作总结(精选5篇)", "局工会年度工作计划精选6篇", "学校工会工作总结(优)", "【优选】…总结").
# The articles carry their own titles under their markers; the header names none of them.
_CLAIM_WORDS = r"通用|精选|精編|精编|推荐|合集|集合|汇编|汇总|大全|范文|模板|优秀|优选|热门|最新|实用|经典|必备|参考|优质|精品"
_CLAIM_COUNT = r"(?:\d{1,3}|[二两三四五六七八九十]{1,2}|多)"  # "（精选5篇）", "（三篇）", "…总结三篇"
_COUNT_CLAIM = re.compile(
    rf"(?:[(（【\[]\s*(?:{_CLAIM_WORDS})?\s*{_CLAIM_COUNT}\s*篇(?:范文)?\s*[)）】\]]"
    rf"|(?:{_CLAIM_WORDS}|[\u4e00-\u9fff])(?<![第其])(?<![第其][一二三四五六七八九十]){_CLAIM_COUNT}篇(?:范文)?(?:[\d\-]*)?"
    # a document library's size note on its heading: "…报告（共7页）", "…（全文共15517字）"
    r"|[(（]\s*(?:全文)?共\s*\d{1,6}\s*[页字]\s*[)）])\s*$"
)
_PRAISE_TAG = re.compile(rf"^[【\[(（](?:{_CLAIM_WORDS}|优|荐|精)[】\])）]\S|\S[(（【\[](?:{_CLAIM_WORDS}|优|荐|精)[)）】\]]$")
# one field of a document-sharing site's file card, alone on its line ("- 格式:docx", "• 23.00 KB", "• 4页")
CRUMB_SPLIT = re.compile(r"\s*[>»＞›→]\s*")

_FONT = re.compile(r"^A\s*[+＋]\s*A\s*[-－]$|(?:字号|字體|字体|文字)\s*[:：]?\s*[\[【(（]?\s*(?:大\s*中\s*小|[\]】)）]|[大中小]\s*$|$|[+＋-]|默认|T\s*T)|^[\[【(（]?\s*大\s+中\s+小\s*[\]】)）]?$|(?:字号|字体|字體)\s*[:：]?\s*(?:调整|颜色|设置|切换)")

_ACTION_WORDS = (
    "打印本页|打印此文|打印此页|打印该页|打印文章|打印|关闭窗口|关闭本页|关闭此页|关闭|返回顶部|回到顶部|返回首页|返回列表页|返回列表|返回上页|返回|收藏本文|收藏本页|"
    "加入收藏|收藏|告诉好友|推荐给好友|发给好友|分享到|分享至|分享|设为首页|我要投稿|投稿|投诉建议|投诉|举报|我要纠错|纠错|复制链接|复制本文|复制|"
    "收藏下载本文|下载本文|下载文档|下载word|下载|word下载|pdf下载|立即下载|免费下载|保存|发表评论|评论|点赞|打赏|赞赏|"
    "微信|微博|QQ空间|QQ好友|QQ|朋友圈|扫一扫|二维码|上一页|下一页|首页|尾页|末页|更多|查看更多|展开全文|阅读全文|展开|"
    "登录|注册|退出|搜索|站内搜索|网站地图|联系我们|关于我们|帮助中心|意见反馈|在线客服|客服|手机版|电脑版|触屏版|"
    "移动版|PC版|网页版|会员中心|新浪微博|腾讯微博|微信好友|一键复制|复制全文|全屏阅读|在线咨询|查看全文|点击查看全文|"
    "请先登录|第一页|最后一页|上一篇|下一篇|上一条|下一条|返回上一级|上一级|"
    "TOP|Top|top|APP|App|"
    # forum and WeChat buttons
    "回复|引用|只看该作者|发新帖|在看|写留言|留言|阅读原文|发评论|转载|喜欢|双击滚屏|滚屏|赞"
)
ACTIONS = re.compile(
    # a counter's word (阅读(182)) goes with buttons, but alone it is a meta line, not a button
    f"^(?:[\\s|｜/·•、,，:：\\[\\]【】()（）<>《》»«\\-—_]*(?:{_ACTION_WORDS}|阅读|浏览|点击|\\d{{1,3}}|…|\\.\\.\\.))+"
    "[\\s|｜/·•、,，:：\\[\\]【】()（）<>《》»«\\-—_]*$",
    re.IGNORECASE,
)
ACTION_WORD = re.compile(_ACTION_WORDS, re.IGNORECASE)
_PREV_NEXT = re.compile(
    r"^[\s【\[(（]*(?:上一篇|下一篇|上一页|下一页|上篇|下篇|前一篇|后一篇|上一条|下一条)(?:文章|新闻|信息|资讯)?\s*[:：】\])）]"
)
COPYRIGHT = re.compile(
    r"版权所有|版权声明|版权说明|Copyright|©|\(c\)\s*\d{4}|ICP\s*备|ICP\s*证|公网安备|^\S?公网安$|技术支持\s*[:：]|"
    r"免责声明|网站声明|本[站网](?:部分)?(?:内容|文章|资源)|凡本[站网]注明|转载请[注标]明|未经(?:本站)?(?:许可|授权).{0,8}(?:转载|复制)|All\s+Rights\s+Reserved|Powered\s+by",
    re.IGNORECASE,
)
# a reposting site's disclaimer (read after the document-site lines, which often carry one too)
_DISCLAIMER = re.compile(r"如有侵权|侵权请联系|不代表本[站网]|仅代表作者|(?:来源于|来自|均来自|摘自)(?:互联)?网络(?:[，,。]|$)|用户自发贡献")
DOC_SITE_TERMS = re.compile(r"文档|下载|预览|客服|退款|付费|本站|侵权|VIP|积分|充值")
DOC_SITE = re.compile(
    r"(?:会员|用户|网友)上传|已阅读\s*\d+\s*页|还剩\s*\d+\s*页|继续(?:免费)?阅读|下载(?:本文|此文|全文|文档|word|docx?|pdf)|"
    r"(?:word|pdf)\s*下载|写作神器|开通会员|收益归|欢迎下载|"
    r"精选优质文档|倾情为你奉上|由会员分享|会员分享|可在线阅读|文档页数|文档大小|文档为\s*\w{0,6}\s*格式|打开\s*app|下载\s*app|app\s*内(?:阅读|打开)|阅读全文",
    re.IGNORECASE,
)
#: Cues a site's prompt shares with a report of the event itself (职工扫码报名, 关注公众号参与答题): they mark a
#: line only when it tells nothing, i.e. holds at most one sentence.
DOC_SITE_WEAK = re.compile(r"扫码|扫一扫|关注(?:微信)?公众号|立即了解|免费(?:在线)?阅读")
_INTRO = re.compile(
    r"小编|(?:下面|以下|本文|这里)(?:是|为).{0,40}(?:整理|收集|精选|准备|推荐|分享|搜集|带来)|"
    r"正合你意|不妨参考|请笑纳|供大家参考|仅供参考|^[【\[](?:阅读指引|导语|导读|摘要|概述|引言)[】\]]|^(?:摘要|内容摘要|概述)\s*[:：]\s*本文|[【\[](?:导语|导读)[】\]]$|"
    r"^(?:导读|导语|阅读指引)\s*[:：]\s*$|"
    r"权威发布|(?:更多|相关信息).{0,40}请(?:访问|关注)|"
    # a weak cue counts only beside a word of the site's trade ("欢迎大家踊跃报名" is a plan's own)
    r"(?=.*(?:范文|文章|本文|整理|收集|参考|借鉴|阅读|收藏|篇))"
    r".*(?:希望你喜欢|希望能够帮助|希望能帮助|希望能帮到|希望对大家|希望对你|希望对您|希望可以帮助|欢迎阅读|欢迎借鉴|欢迎大家|欢迎收藏)"
)
_RELATED = re.compile(
    r"^[\s\-•·*【\[]*(?:相关推荐|相关文章|相关阅读|相关范文|相关专题|相关资料|相关内容|热门文章|热门推荐|热门阅读|热点文章|热点推荐|"
    r"相关新闻|相关信息|相关报道|相关链接|相关下载|相关稿件|本栏目推荐|栏目推荐|栏目最新|最新资讯|热门资讯|热点新闻|点击排行|阅读排行|"
    r"热点排行|排行榜|最新文章|最新更新|最近更新|最新发布|猜你喜欢|推荐阅读|推荐文章|精彩推荐|精彩阅读|延伸阅读|拓展阅读|大家都在看|大家正在看|"
    r"你可能感兴趣|你可能感兴趣的|您可能感兴趣的文档|您可能关注的文档|看了本文的人还看了|同类文章|更多相关|更多精彩|更多好看|"
    r"更多相关文章|相关标签|热门标签|标签|tags|本文目录|文章目录|目录|查看更多|换一换|精选图文|往期推荐|往期回顾|往期精彩|"
    r"友情链接|文章排行|热门文章排行|相关范文推荐|范文推荐)"
    r"(?:文章|范文)?[】\]]?\s*(?:更多)?\s*[:：>»]{0,2}\s*$",
    re.IGNORECASE,
)
# A related-articles header after the page's own title: "【学校工会工作总结（2篇）】相关文章："
_RELATED_AFTER_TITLE = re.compile(
    r"^.{1,60}?(?:相关文章|相关文档|相关推荐|相关内容推荐|相关阅读|相关范文|推荐阅读|延伸阅读|猜你喜欢|热门文章)\s*[:：>»]?\s*$"
)
# a related header with its items on the same line ("相关资源：A | B | C", "相关热词搜索：A B")
_RELATED_WITH_ITEMS = re.compile(
    r"^[【\[]?(?:相关资源|相关搜索|相关热词搜索|相关热词|热门搜索|热词搜索|热搜词|相关文章|相关阅读|相关推荐|相关范文|推荐阅读|"
    r"猜你喜欢|相关专题|相关链接|热门文章|大家都在看|大家都在搜)[】\]]?\s*[:：]\s*[^。！？!?；;，,]+$"
)
_TOC_LINE = re.compile(r"^(?:本文目录|文章目录|目录)\s*[:：]?\s*[^。！？!?；;]*$")  # a sentence after it is the text
_WELCOME = re.compile(
    r"^(?:您好|你好)?[，,！!\s]*欢迎(?:来到|光临|访问|您来到|进入).{0,30}$"
    r"|^(?:您好|你好)?[，,！!\s]*欢迎您?登录.{0,30}(?:官网|网站|平台|系统)[!！。.]?$"  # a site's greeting, not a plan's 欢迎登录…报名
    r"|好好学习.{0,2}天天向上|^(?:用户|会员)?登录\s*[|/]\s*注册")
_SITE_NAME = re.compile(
    r"^[A-Za-z0-9\u4e00-\u9fff]{0,10}(?:范文|文秘|公文|写作|文库|资料|学习|知识|材料|文档|文章|美文|作文|办公|秘书|文摘|文学)"
    r"(?:网|吧|之家|站)?\s*[!！]?$|^(?=[\d.]*[A-Za-z])[A-Za-z0-9.]{3,20}\s*[!！]?$|^[A-Za-z0-9\u4e00-\u9fff]{2,10}网\s*[!！]?$(?<![安全服务联络信息工作管理保障防护]网)"
)
_COLUMN = re.compile(r"^[\w\u4e00-\u9fff]{1,16}(?:栏目|频道|专栏|门户网站|门户网|官方网站|官网)$")
_COMMENT = re.compile(r"^(?:网友评论|发表评论|我来说两句|我有话要说|暂无评论|我要评论|评论列表|全部评论|最新评论|热门评论|最热评论|评论\s*[(（]\d+[)）]|.{0,12}抢沙发|已有\s*\d+\s*(?:条评论|人评论)|请登录后|登录后才能|验证码)")
_PAGE_MARKER = re.compile(
    r"^(?:[-—–－~]+\s*\d{1,3}\s*[-—–－~]+|第\s*\d{1,3}\s*页\s*(?:[,，/／]?\s*共\s*\d{1,3}\s*页)?|"
    r"共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页|page\s*\d{1,3}(?:\s*of\s*\d{1,3})?"
    r"|页\s*[:：](?:\s*[\[【]?\d{1,3}[\]】]?)*)$",  # a forum's pager, its numbers on the line or under it ("页: [1] 2")
    re.IGNORECASE,
)
# WeChat articles: the prompts around the text, and the account line "原创 某某 某某 2023-01-06 18:20 发表于江西"
WECHAT = re.compile(
    r"预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|点击上方蓝字|点击蓝字|关注我们$|"
    r"长按(?:识别)?二维码|扫描二维码|微信扫一扫|扫码关注|^收录于(?:合集|话题)|^原创\s.{0,40}(?:19|20)\d{2}|(?:19|20)\d{2}.{0,24}发表于\s*\S{2,3}$"
)
# a file's name alone (工会工作总结.docx) or an attachment link (附件：【…docx】已下载次)
_FILE_NAME = re.compile(
    r"^(?:(?:相关)?附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[:：]\s*)?[【\[《]?[^\s。，；]{1,80}\.(?:docx?|pdf|wps|txt|xlsx?|pptx?|rar|zip)"
    r"[】\]》]?(?:\s*已下载\s*\d*\s*次|\s*[(（]?\s*(?:点击|立即)?下载\s*[)）]?)?$",
    re.IGNORECASE,
)
# the end of a news text and its by-line: "（完）", "-END-", "（通讯员 张三 记者 李四）", "文/张三 图/李四"
# an image's caption that repeats the title: "…工作总结_配图", "…总结-插图2", "…总结_图片1"
_IMAGE_CAPTION = re.compile(r"^.{2,60}[_\-—－]\s*(?:配图|插图|图片|附图|组图|图)\s*\d{0,2}$")
# an official document's red header ("某某委员会文件"); its number is chrome too (ruling a; ``chrome.forms._DOC_NUMBER``)
_DOC_HEADER = re.compile(
    r"^[\u4e00-\u9fff]{2,30}(?:委员会|工会|总工会|局|政府|办公室|党委|党组|厅|部|公司|学校|学院|大学)\s*文\s*件$"
)
# a listing page's item: a title and its excerpt between ellipses ("…总结 …工会在…"), and its heading ("总结 - 标签页")
_LISTING_ITEM = re.compile(r"^\S.{3,40}?(?:\s+|(?<=[)）】\]]))(?:…|\.{3})[^…。！？!?]{2,60}(?:…|\.{3})$")
_LISTING_HEADING = re.compile(r"^.{2,30}?\s*[-_|｜—–]+\s*(?:标签页?|标签列表|专题页?|搜索结果|tag|tags)$", re.IGNORECASE)
# a public account's card after the text: "微信号 abc123", "微信号：abc_union"
WECHAT_ID = re.compile(r"^(?:微信号|公众号|微信公众号)\s*[:：]?\s*[A-Za-z][\w-]{3,30}$")
_END_MARK = re.compile(r"^[\s（(【\[\-—]*(?:完|全文完|END|The\s*End)[\s）)】\]\-—]*$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^[（(]\s*(?:记者|通讯员|撰稿|供稿|摄影|文|图|文/图|图/文|文图)[\s/：:]+[\u4e00-\u9fff\s/、：:]{1,30}[）)]$"
    r"|^[（(][\u4e00-\u9fff、\s]{2,20}\s(?:供稿|供图|摄影|撰稿)[）)]$"  # "（某某 供稿）"
    r"|^(?:文|图|文/图|图/文)\s*[/／]\s*[\u4e00-\u9fff]{2,4}(?:\s+(?:文|图|摄影|编辑)\s*[/／]\s*[\u4e00-\u9fff]{2,4})*$"
)
# a link's address alone, or after a label ("本文链接：https://…", "www.example.cn")
# a site's tag line naming its domain and a column: "【www.example.com - 工作总结】"
# (or what is left of it when the site-mark rule took a .com domain: "【--工作总结】")
_DOMAIN_TAG = re.compile(
    r"^[【\[]\s*(?:(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6})?\s*[-—_|:：]{1,3}\s*[^】\]]{1,24}[】\]]$", re.IGNORECASE
)
_URL_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}\s*[:：]\s*)?(?:https?://|www\.)[\w./?=&%#:~+-]+$", re.IGNORECASE)
# a visit counter ("您是第 1234 位访问者", "总访问量：56789", "本页已被访问 88 次")
_COUNTER = re.compile(r"第\s*\d+\s*位(?:访问者|访客|浏览者)|(?:总|今日|本月|累计)访问(?:量|人数|次数)\s*[:：]?\s*\d|已被(?:访问|浏览|阅读)\s*\d+\s*次")
# a footer's contact fields (地址 … 电话 … 邮编) and browser advice
CONTACT_FIELD = re.compile(r"(地址|邮编|邮政编码|电话|联系电话|传真|邮箱|电子邮箱|E-?mail|网站标识码|备案号|主办单位|承办单位|协办单位)\s*[:：]", re.IGNORECASE)
# a site's customer-service contact or hotline alone on its line: "网站客服:30749", "客服QQ：1234567", "某某服务热线:…"
_SERVICE_CONTACT = re.compile(r"^(?:\d{1,2}[、.．]\s*)?(?:(?:网站|在线|平台|官方)?客服(?:QQ|qq|电话|热线|微信|邮箱)?|投稿(?:邮箱|信箱)|[\u4e00-\u9fff]{0,8}(?:热线|咨询电话))\s*[:：]\s*[\w@.\-]{4,30}$")
# (round 40) a hospital's or a unit's line of phone numbers, each with its service ("急救电话:… 预约挂号电话:…")
_PHONE_FIELD = re.compile(r"电话\s*[:：]\s*[\d(（]")
_BROWSER_TIP = re.compile(r"(?:建议|推荐|最佳).{0,12}(?:浏览器|分辨率)|分辨率\s*\d{3,4}\s*[*×xX]\s*\d{3,4}")
_ATTACHMENT = re.compile(
    r"^(?:相关)?附\s*件\s*(?:[【\[(（]?\s*[\d一二三四五六七八九十]{1,3}\s*[】\])）]?)?\s*(?:下载|列表|清单)?\s*[:：]?$"
)  # "附件2" alone above a document
_TAGS = re.compile(
    r"^(?:本文|文章)?(?:标签|关键词|关键字)\s*[:：]|^(?:相关标签|热门标签|tags|tag)\s*[:：]"
    r"|^(?:#[^#\s。！？!?；;]{1,24}\s*){3,}\S*$", re.IGNORECASE  # a post's hashtags ("#最低工资#冻结#劳工…", round 40)
)
_RATING = re.compile(r"[(（【\[]\s*[★☆]+\s*[)）】\]]|(?:推荐度|推荐指数|评分|星级|难度|热度|评级)\s*[:：]?\s*[★☆]|^[★☆\s]+$")
_SHARE_PROMPT = re.compile(
    r"(?:本文|此文|文章|内容).{0,12}(?:帮助|有用|有益).{0,12}(?:分享|收藏|转发|点赞|推荐)|(?:请|欢迎)(?:分享|转发)给.{0,6}(?:朋友|好友)"
)
_PRAISE_COMMENT = re.compile(
    r"^[\w\u4e00-\u9fff]{1,12}\s*[:：].{0,50}(?:谢谢分享|感谢分享|学习了|收藏了|写得(?:很|真|太|好)|很实用|很有用|受益匪浅|顶一个|赞一个|支持一下)"
)


#: Longer lines are prose, whatever words they hold.
LONGEST_CHROME_LINE = 300
# Words one of which a long chrome line (copyright, download notice, intro blurb) holds; a sentence of prose
# holding none is not looked at further (these literals: ~3 µs a line; the cue patterns ~0.1 ms).
_LONG_LINE_WORDS = (
    "版权", "Copyright", "©", "ICP", "备案", "本站", "转载", "声明", "上传", "下载", "文档", "预览", "客服",
    "侵权", "付费", "会员", "阅读", "小编", "下面", "以下", "本文", "这里", "参考", "希望", "欢迎", "导语", "摘要",
    "扫", "公众号", "免费",
)

_LONG_LINE_CUE = re.compile("|".join(map(re.escape, _LONG_LINE_WORDS)))  # literals only: one fast scan


def line_feature(line: str) -> str | None:
    """The name of the chrome feature a single line shows, or None for a line of text."""
    s = line.strip()
    s = s.lstrip("|｜ ").strip() if len(s) > 1 else s  # what a bar left before a field ("| 来源：…")
    if not s or len(s) > LONGEST_CHROME_LINE:
        return None
    if len(s) > 60 and SENTENCE.search(s) and not _LONG_LINE_CUE.search(s):
        return None  # a sentence of prose: only the long-line cues could make it chrome
    return _feature(s)


@lru_cache(maxsize=1 << 16)
def _feature(s: str) -> str | None:
    if BREADCRUMB_CUE.match(s):
        return "breadcrumb"
    crumbs = split_items(s, CRUMB_SPLIT)
    if len(crumbs) >= 2 and s.count(">") + s.count("»") + s.count("＞") + s.count("›") >= 2 and short_items(crumbs, 24):
        return "breadcrumb"
    if _FLAT_CRUMB.match(s):
        return "breadcrumb"
    if len(s) <= 60 and not SENTENCE.search(s) and (_COUNT_CLAIM.search(s) or _PRAISE_TAG.search(s)):
        return "compilation_header"
    if empty_meta(s):
        return "meta"
    if _PREV_NEXT.match(s):
        return "prev_next"
    if COPYRIGHT.search(s) and len(s) <= 200:
        return "copyright"
    if _FONT.search(s) and len(s) <= 40:
        return "font_size"
    if ACTIONS.match(s) and len(s) <= 80 and ACTION_WORD.search(s):
        return "actions"  # with page numbers too: "上一页 1 2 3 下一页"
    if _RATING.search(s) and len(s) <= 60:
        return "rating"
    if _SHARE_PROMPT.search(s) and len(s) <= 80:
        return "share_prompt"
    if _PRAISE_COMMENT.match(s):
        return "comment"
    if len(s) <= 220 and (DOC_SITE.search(s) or (DOC_SITE_WEAK.search(s) and len(SENTENCE_END.findall(s)) <= 1)):
        return "download_ad"
    if len(s) <= 120 and not s.rstrip("。").count("。") and meta_line(s):
        return "meta"
    if len(s) <= 220 and len(set(DOC_SITE_TERMS.findall(s))) >= 2:
        return "download_ad"
    if len(s) <= 200 and _DISCLAIMER.search(s):
        return "copyright"
    if len(s) <= 300 and _INTRO.search(s):
        return "intro"
    if _RELATED.match(s) or (_RELATED_AFTER_TITLE.match(s) and not SENTENCE.search(s)):
        return "related"
    if _RELATED_WITH_ITEMS.match(s) and len(s) <= 160:
        return "related_items"
    if _TOC_LINE.match(s) or _TAGS.match(s):
        return "tags"
    if _WELCOME.search(s) or _COMMENT.match(s):
        return "welcome"
    if _ATTACHMENT.match(s):
        return "attachment_label"
    if len(s) <= 80 and WECHAT.search(s):
        return "wechat"
    if _FILE_NAME.match(s):
        return "file_name"
    if _PAGE_MARKER.match(s):
        return "page_marker"
    if _URL_LINE.match(s) or _DOMAIN_TAG.match(s):
        return "url"
    if _DOC_HEADER.match(s):
        return "document_header"
    if _IMAGE_CAPTION.match(s) and not SENTENCE.search(s):
        return "image_caption"
    if WECHAT_ID.match(s):
        return "wechat"
    if _LISTING_ITEM.match(s) or _LISTING_HEADING.match(s):
        return "listing"
    if _END_MARK.match(s) or _BYLINE.match(s):
        return "byline"
    if _COUNTER.search(s) and len(s) <= 40:
        return "counter"
    if len(s) <= 120 and not SENTENCE.search(s.rstrip("。")) and (
            len(set(CONTACT_FIELD.findall(s))) >= 2 or _BROWSER_TIP.search(s) or _SERVICE_CONTACT.match(s)
            or len(_PHONE_FIELD.findall(s)) >= 2):
        return "contact_footer"
    if (_SITE_NAME.match(s) and not GENRE_END.search(s)) or _COLUMN.match(s):
        return "site_name"
    if link_bar(s):
        return "link_bar"
    return None


