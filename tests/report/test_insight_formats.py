"""The insight tables' shares read as percentages, as the other tables' do, in report.xlsx and report.html."""

from __future__ import annotations

import openpyxl
import pandas as pd

from unionmine.labels import labels
from unionmine.report.display import cell_text
from unionmine.report.workbook import write_xlsx


def _names(table):
    return labels()["insight_columns"][table]


def _insights():
    o, s, k = _names("originality"), _names("specificity"), _names("plans_kept")
    return {
        "originality": ("原创度表", pd.DataFrame({o["title"]: ["甲校总结"], o["originality"]: [0.8177570093457944]})),
        "specificity": ("具体度表", pd.DataFrame({s["stock_share"]: [0.0214], s["fact_share"]: [0.137],
                                               s["specificity"]: [0.9600000000000001]})),
        "plans_kept": ("落实表", pd.DataFrame({k["n_items"]: [4], k["follow_through"]: [0.75]})),
    }


def test_insight_shares_are_formatted_in_the_workbook(tmp_path):
    path = write_xlsx({}, _insights(), tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    originality = book["原创度表"]["B2"]
    assert originality.value > 0.81 and originality.number_format == "0.0%"
    stock, fact, specificity = book["具体度表"][2]
    assert stock.number_format == fact.number_format == "0.0%"
    assert specificity.number_format == "0.00"
    n_items, rate = book["落实表"][2]
    assert rate.number_format == "0.0%" and n_items.number_format == "General"


def test_insight_shares_are_percentages_on_the_page():
    o, s, k = _names("originality"), _names("specificity"), _names("plans_kept")
    assert cell_text(o["originality"], 0.8177570093457944)[0] == "81.8%"
    assert cell_text(k["follow_through"], 0.75)[0] == "75.0%"
    assert cell_text(s["fact_share"], 0.137)[0] == "13.7%"
    assert cell_text(s["specificity"], 1.0)[0] == "1.00"
    assert cell_text(_names("plan_items")["similarity"], 0.4342)[0] == "0.43"


def test_a_column_of_chinese_names_is_wide_enough_for_them_in_excel(tmp_path):
    # a Chinese character takes two of Excel's width units: the 单位 column was 10 wide for 滨江区教育工会
    # (14 units), so Excel cut every organisation's name at the next column
    import openpyxl
    import pandas as pd

    by_org = pd.DataFrame({"org": ["滨江市第二人民医院工会", "桂苑小学"], "n_docs": [5, 3]})
    path = write_xlsx({"by_org": by_org}, {}, tmp_path / "w.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.column_dimensions["A"].width >= 2 * len("滨江市第二人民医院工会")
    assert sheet.column_dimensions["B"].width < 20  # a column of numbers stays as narrow as its header


def test_every_table_sheet_has_excel_filter_buttons_over_its_rows(tmp_path):
    # "which school wrote most on 送温暖 in 2024?": filter 年份 to 2024 and sort 送温暖占比, as in any sheet
    import openpyxl
    import pandas as pd

    by_org_year = pd.DataFrame({"org": ["桂苑小学", "柳塘中学", "桂苑小学"], "year": [2023, 2024, 2024],
                                "kind": ["summary"] * 3, "share_送温暖": [0.2, 0.33, 0.25]})
    path = write_xlsx({"by_org_year": by_org_year}, {}, tmp_path / "f.xlsx")
    assert openpyxl.load_workbook(path).worksheets[0].auto_filter.ref == "A1:D4"


def test_a_name_below_the_rows_sampled_still_fits_its_column(tmp_path):
    # 数量指标：逐条 sampled its first 200 rows: 清河区实验幼儿园's rows came later and its name was cut
    rows = 250
    indicators = pd.DataFrame({"单位": ["城南一中"] * 220 + ["清河区实验幼儿园"] * (rows - 220), "数值": range(rows)})
    by_org = pd.DataFrame({"org": ["城南一中", "清河区实验幼儿园"], "n_docs": [2, 1]})
    path = write_xlsx({"by_org": by_org}, {"indicators": ("数量指标：逐条", indicators)}, tmp_path / "w.xlsx")
    sheet = openpyxl.load_workbook(path)["数量指标：逐条"]
    assert sheet.column_dimensions["A"].width >= 2 * len("清河区实验幼儿园")
