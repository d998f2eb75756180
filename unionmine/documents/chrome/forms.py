"""More chrome a single line shows, found on real pages of several sites (issue 12, round 12):
credits and bylines, image file names and bare 图片 lines, login and blog comment furniture, a
paper's edition line, a government site's reprint notice, a footer line of several contact fields.
Called by ``chrome.find.find_chrome`` beside ``chrome.lines.line_feature`` (lines in Simplified)."""

from __future__ import annotations

import re

from .lines import CONTACT_FIELD, line_feature
from .notices import cut_notice
from .pictures import picture_tag
from .protected import SENTENCE
from .site_marks import (
    button_row,
    channel_line,
    font_widget,
    reader_widget,
    spaced_copyright,
    word_count_line,
)

_NAME = r"[\u4e00-\u9fff]{2,4}"
_NAMES = rf"{_NAME}(?:(?:\s+|、){_NAME}){{0,4}}"
# a credit: a name (after its unit) and its role in brackets ("某某 (摄)", "某学院 某某(文)")
_CREDIT = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,10}}\s+)?{_NAME}\s*[(（]\s*(?:文|图|摄|摄影|供稿|供图|撰稿|图文|文图)\s*[)）]$")
# a reporter's byline ("本报记者 某某", "记者 某某 通讯员 某某"), or names after a paper's box mark ("□某某 某某")
_REPORTER = re.compile(
    rf"^[□■（(]?\s*(?:本报|本刊|本网|本台)?(?:特约|见习)?(?:记者|通讯员)\s*{_NAME}"
    rf"(?:(?:\s+|、)(?:(?:本报|本刊|本网)?(?:记者|通讯员)\s*)?{_NAME}){{0,4}}(?:\s+摄)?[)）]?$"
    rf"|^[□■]\s*(?:[\u4e00-\u9fff]{{2,24}}\s+)?{_NAMES}$"  # "□某某集团某某所 某某"
)
# a news item's review chain and credits with a slash ("编辑/某某", "(编辑/某某 审核/某某)", "文/某某 图/某某"),
# alone or closing a contact line without a sentence ("联系人：某某 0371-1234567（文/某某 图/某某）")
_ROLES = r"(?:文|图|摄|摄影|文字|图片|图文|编辑|责编|责任编辑|初审|复审|终审|审核|审校|审稿|校对|一审|二审|三审|撰稿|供稿|供图|排版|美编|签发)"
# (roles joined by 、 over one credit, a unit that provided them: "(文、图/德育处提供)", round 24)
_SLASH_CREDITS = (rf"{_ROLES}(?:、{_ROLES})*\s*[/／]\s*(?:{_NAMES}|[\u4e00-\u9fff]{{2,16}}(?:提供|供稿|供图))"
                  rf"(?:\s+{_ROLES}\s*[/／]\s*{_NAMES})*")
_SLASH_CREDIT = re.compile(rf"^[(（]?\s*{_SLASH_CREDITS}\s*[)）]?$|^[^，,。；;！!？?]{{2,40}}[(（]\s*{_SLASH_CREDITS}\s*[)）]$")
# a site's welcome ("欢迎您访问某某网站！") and its date widget, the value lost in a copy ("今天是：")
_WELCOME = re.compile(r"^欢迎您?(?:访问|光临|来到|进入).{0,30}(?:网|站|平台|主页)\S{0,3}$"
                      r"|^今天是\s*[:：]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:星期[一二三四五六日天])?$")
# a lone phone field: a site's enquiry or enrolment line ("咨询电话：0731-1234567"), a unit's short name at most before it
_PHONE = re.compile(r"^[^，,。；;:：]{0,12}电话\s*[:：]\s*[\d\-—－()（） ]{7,}$")
# (round 40) one more contact field alone: a fax, a post code, a hotline, a mail box, an address, a social account
# ("公司传真:0477-…", "邮 编:017010", "热线:2770 8668", "公司邮箱:a@b.com", "Telegram:https://…")
_CONTACT = re.compile(
    r"^[^，,。；;:：]{0,8}(?:传\s*真|邮\s*编|邮政编码|热线)\s*[:：]\s*[\d\-—－()（） ]{5,}$"
    r"|^[^，,。；;:：]{0,8}(?:邮\s*箱|电子邮箱|电子邮件|E-?mail)\s*[:：]\s*[\w.\-]+@[\w.\-]+$"
    r"|^[^，,。；;:：]{0,6}地\s*址\s*[:：]\s*[^，,。；;:：！？!?]{6,40}$"
    r"|^[^，,。；;:：]{0,8}(?:Instagram|Telegram|Facebook|Twitter|WhatsApp|YouTube|IG|FB)\s*[:：]\s*\S{3,60}$",
    re.IGNORECASE)
# a chat assistant's furniture on a page it wrote ("已深度思考（用时 12 秒）", "内容由 AI 生成", its closing offer)
_ASSISTANT = re.compile(r"^已深度思考|^内容由\s*AI\s*生成|(?:希望|但愿).{0,12}(?:符合|满足)您的(?:需求|要求)|请随时告诉我[。！!]?$")
# a document site's definition of the genre over its samples ("总结是……的一种书面材料", "…精选2篇计划是……一种指导性工具")
_GENRE_DEFINITION = re.compile(r"^(?:[^。，,]{0,30}篇[)）】]?)?(?:工作)?(?:总结|计划|报告|方案|小结)(?:就?是|一般是|通常是|是指).{4,120}?一种.{0,8}?(?:材料|文体|文书|应用文|工具|文件|公文)")
# a writing site's note on where its text comes from ("本文精心编辑自某某写作网，请在微信中搜索…", "本文链接：…")
_SOURCE_NOTE = re.compile(r"^(?:本文|原文)(?:链接|地址|网址)\s*[:：]|本文(?:精心)?(?:编辑|整理|摘编|选编|改编)自|请(?:在|到)\s*(?:微信|WeChat)\s*中?\s*搜索", re.IGNORECASE)
# a picture's file name: the extension is the evidence, whatever the name holds (quotes, spaces, brackets)
_IMAGE_FILE = re.compile(r"^\S.{0,79}\.(?:jpe?g|png|gif|bmp|webp|tiff?|heic)$", re.IGNORECASE)
# (round 41) a picture named by a digest and its size or time (`c71b…7f55_1671X940_2024…`), or a Word copy's alt text
# giving the picture's path on the writer's disk (`说明: C:\Users\…\Image\….jpg`), however long the path
_IMAGE_NAME = re.compile(r"^(?=\d*[a-f])[0-9a-f]{16,64}(?:[_-][0-9a-z]{1,20}){0,4}$"
                         r"|^(?:说明|描述|图片说明)?\s*[:：]?\s*[a-z]:\\\S.{0,240}\.(?:jpe?g|png|gif|bmp|webp|tiff?)$",
                         re.IGNORECASE)
# a picture's label and nothing else: 图片, 图片2, and (round 35) a bare picture number 图1, 图 3, 图十 (a caption with
# words after the number, 图1：某某代表队, is the writer's and stays)
#: The rule name of a picture's file name or a bare 图片 line: a picture stands in the text, so the line beside it is
#: its caption, not a line between chrome (``chrome.find``'s and ``chrome.head``'s context rules, ``chrome.own``).
PICTURE_MARK = "image_name"
_PICTURE = re.compile(r"^(?:图片\s*\d{0,2}|图\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}))$")
# an official document's number alone on its line (GB/T 9704: 机关代字〔年份〕序号号, "某教工〔2021〕3号",
# "…字[2010]1號"), its signer at most after it: the filing furniture, not the text (ruling a of 2026-11-30);
# a sentence citing a number ("根据…〔2020〕5号的要求") is no match
_DOC_NUMBER = re.compile(
    r"^[A-Za-z×\u4e00-\u9fff]{1,12}\s*[〔［\[(（【]\s*(?:19|20)\d{2}\s*[〕］\])）】]\s*第?\s*\d{1,4}\s*[号號]"
    r"(?:\s+签发人\s*[:：]\s*[\u4e00-\u9fff]{2,4})?$"
)
# an official document's record at its foot (GB/T 9704 版记): who it is copied to ("抄送：市总工会办公室。",
# "抄报：…", "主题词：工会 要点 通知") and who printed it when ("某某工会办公室　2024年1月10日印发"); a sentence
# that tells of copying or printing ("抄送给各分会", "…印发了《…》") is no match
_DOC_RECORD = re.compile(
    r"^(?:抄\s*送|抄\s*报|分\s*送|主\s*题\s*词)\s*[:：].{2,120}$"
    r"|^[\u4e00-\u9fff（）()]{2,40}\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$"
)
_LOGIN = re.compile(r"^(?:用户|会员)?(?:登录|注册)$|^(?:立即|马上|免费)(?:登录|注册)\s*[!！]?$|^还没有(?:账号|帐号)\s*[?？]?|^忘记密码\s*[?？]?$")
# a blog's comment box and pager (Blogger's Chinese wording)
_BLOG = re.compile(r"^没有留言\s*[:：]?$|^张贴留言$|^订阅\s*[:：]\s*张贴留言|^较新的文章\s+首页\s+较旧的文章$"
                   # a forum's archive view and a post's header ("楼主 某某 发表于: 2012-03-05")
                   r"|^查看完整版本\s*[:：]|^(?:楼主|沙发|板凳|地板|\d{1,4}\s*楼|\d{1,4}\s*#)\s*\S{1,16}\s+发表于\s*[:：]?\s*(?:19|20)\d{2}")
# a paper's edition line ("00002版:工会", "第A03版：要闻") and its masthead ("某某日报 数字报纸")
_EDITION = re.compile(r"^(?:第\s*)?(?:[A-Z]?\d{1,5}|(?<=第)\s*[一二三四五六七八九十]{1,3})\s*版\s*[:：]\s*\S{1,12}$|^[(（]?(?:下转|上接|转|接)第?\s*[A-Z]?\d{1,3}\s*版[)）]?$|^\S{2,16}报\s*(?:数字报纸?|电子版|数字版)$")
# a government site's note on reprinting its items
_REPRINT = re.compile(r"^注\s*[:：].{0,60}网站.{0,120}(?:受权发布|授权发布|转载)")
# a site's footer line naming who runs it with another field ("主办：某某局 联系地址：…", "主办单位：… 网站支持")
_SPONSOR = re.compile(r"^主办(?:单位)?\s*[:：].{2,60}?(?:地址|电话|邮编|网站|技术支持|承办|ICP|标识码)")
# an English page's furniture on a Chinese page: prev/next links, a language switch, a column name
_ENGLISH = re.compile(r"^(?:Previous|Prev|Next)\s*[:：]\s*\S")
#: over a Chinese text, a column's English name ("News Center"): taken by ``chrome.find`` above the text only
ENGLISH_COLUMN = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}\s?)?(?:[A-Z][a-z]+ ?){1,3}$")  # or "党群园地Party"
#: over a Chinese text, a line in Latin letters only (an English column name or button row between dashes,
#: "—— CAMPUS NEWS ——", "Browse all 4403", an emoji's caption): taken by ``chrome.find`` above the text only
LATIN_LINE = re.compile(r"^[^\u3400-\u9fff\uf900-\ufaff]*[A-Za-z]{3}[^\u3400-\u9fff\uf900-\ufaff]*$")
#: over the text, a bare label of the page's parts ("正文"): taken by ``chrome.find`` above the text only
LABEL_LINE = re.compile(r"^(?:正文|文章正文|(?:文本|文章|正文)内容\s*[:：]?)$")  # not 摘要: a real page labels it body
# a browser-upgrade banner ("…建议您升级到最新版本的Internet Explorer…") and a visit count in 人次
_BROWSER = re.compile(r"(?:建议|请)您?.{0,10}(?:升级|更新|使用).{0,16}(?:浏览器|Internet\s*Explorer|IE\s*\d|Chrome|Firefox)", re.IGNORECASE)
_VISITS = re.compile(r"^(?:浏览|阅读|点击|访问)人次\s*[:：]\s*\d+$")
_BULLET = "•·●▪◆◇■□-－"  # "- 来源：…": a list's dash before a meta field
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# the pinyin a converted Traditional page carries after its words ("賬號(hào)")
PINYIN_GLOSS = re.compile(rf"[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[)）]")  # "會(huì )" too

_HOME = re.compile(r"^(?:您(?:现在|当前)?(?:的|所在)?(?:位置|所在位置)\s*[:：]?\s*)?(?:网站首页|首页|主页)(?=[\s>»/\u4e00-\u9fff])")
_CRUMB_TOKEN = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,10}$")
_NAV_SPLIT = re.compile(r"[\s|｜/／>»＞›·•\-—_,，、:：\[\]【】()（）]+")
#: A crumb or a column word is at most this long.
CRUMB_CHARS = 40


def crumb(line: str) -> bool:
    """A breadcrumb without a separator: the home word first (首页, or 您现在的位置 + 首页), then column names split
    by spaces or run together, no sentence ("首页 工作文档", "您现在的位置首页新闻中心")."""
    s = line.strip()
    m = _HOME.match(s)
    if not m or len(s) > CRUMB_CHARS or SENTENCE.search(s) or re.search(r"[，,]", s):
        return False
    after = s[m.end():]
    if not ("位置" in m.group(0) or after[:1].isspace() or after[:1] in ">»＞"):
        return False  # "首页设计大赛": a word that starts with 首页
    rest = [t for t in _NAV_SPLIT.split(after) if t]
    return bool(rest) and all(_CRUMB_TOKEN.match(t) for t in rest)


def form_feature(line: str) -> str | None:
    """The name of the chrome form a single line shows, or None."""
    s = PINYIN_GLOSS.sub("", line).strip()
    if picture_tag(s):  # round 29: a picture's markup, however long its data
        return PICTURE_MARK
    if not s or len(s) > 200:
        return None
    if _REPRINT.match(s):
        return "reprint_note"
    if _IMAGE_NAME.match(s):
        return PICTURE_MARK
    if len(s) <= 120 and _BROWSER.search(s):
        return "browser_tip"
    if _GENRE_DEFINITION.match(s) or _SOURCE_NOTE.search(s):
        return "intro"
    if cut_notice(s):  # round 33
        return "download_ad"
    if len(s) > 80:
        return None
    if _IMAGE_FILE.match(s) or _PICTURE.match(s):
        return PICTURE_MARK
    if _DOC_NUMBER.match(s) or _DOC_RECORD.match(s):
        return "doc_number"
    if _CREDIT.match(s) or _REPORTER.match(s) or _SLASH_CREDIT.match(s):
        return "byline"
    if _ASSISTANT.search(s):
        return "assistant"
    if _WELCOME.match(s):
        return "welcome"
    if _LOGIN.match(s) or _BLOG.match(s):
        return "login_comment"
    if _EDITION.match(s):
        return "edition"
    if _BROWSER.search(s):
        return "browser_tip"
    if _VISITS.match(s):
        return "meta"
    if _PHONE.match(s) or _CONTACT.match(s):
        return "contact_footer"
    if _SPONSOR.match(s) and not re.search(r"[，,。；;]", s):  # a plan's sentence names its organisers
        return "contact_footer"
    if _ENGLISH.match(s):
        return "column"
    if channel_line(s):
        return "channels"
    if font_widget(s):
        return "font_size"
    if word_count_line(s):
        return "meta"
    if button_row(s):  # round 26
        return "actions"
    if spaced_copyright(s):
        return "copyright"
    if reader_widget(s):
        return "wechat"
    if crumb(s):
        return "breadcrumb"
    if s[0] in _BULLET and len(s) > 1:
        name = line_feature(s.lstrip(_BULLET).strip())  # a meta field after a bullet ("• 来源:")
        if name:
            return name
    if len(CONTACT_FIELD.findall(s)) >= 2 and not SENTENCE.search(s):
        return "contact_footer"  # "主办:某某局 联系地址: … 电话号码: …"
    if s != line.strip():  # (round 40) a line the pinyin glosses hid from the line features ("標(biāo)題:…")
        return line_feature(s)
    return None

