"""ZIP archives as a district union receives them: legacy-encoded names, junk, traps and bad members."""

from __future__ import annotations

import io
import zipfile

from tests.builders import zip_bomb_bytes
from unionmine.documents.archives import member_name, safe_member_path, unpack_archive
from unionmine.documents.problems import problem_code
from unionmine.options import Limits


class _LegacyName(zipfile.ZipInfo):
    """A member whose name is written as raw legacy bytes without the UTF-8 flag, as the
    archivers of Chinese Windows write them."""

    def __init__(self, raw: bytes, flags: int = 0):
        super().__init__(raw.decode("cp437"))
        self._raw, self._flags = raw, flags

    def _encodeFilenameFlags(self):
        return self._raw, self.flag_bits | self._flags


def _zip(path, members) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)


def test_gbk_and_big5_names_without_the_utf8_flag_are_read_as_written(tmp_path):
    path = tmp_path / "材料.zip"
    _zip(path, [
        (_LegacyName("南湖小学/2023年工会工作总结.txt".encode("gbk")), "一、关心教职工".encode("gbk")),
        (_LegacyName("北山幼兒園工會計劃.txt".encode("big5")), "工會".encode("big5")),
        ("东塘中学工会要点.txt", "要点".encode()),  # Python writes UTF-8 with the flag
    ])
    with zipfile.ZipFile(path) as archive:
        names = [member_name(info) for info in archive.infolist()]
    assert names == ["南湖小学/2023年工会工作总结.txt", "北山幼兒園工會計劃.txt", "东塘中学工会要点.txt"]
    unpacked = unpack_archive(path, tmp_path / "unpacked")
    assert [inner for inner, _ in unpacked.members] == names and not unpacked.problems
    assert unpacked.members[0][1].read_bytes() == "一、关心教职工".encode("gbk")


def test_no_member_path_leaves_the_unpacking_folder():
    assert safe_member_path("../../etc/passwd") == "etc/passwd"
    assert safe_member_path("/abs/计划.txt") == "abs/计划.txt"
    assert safe_member_path("C:\\材料\\总结.docx") == "材料/总结.docx"
    assert safe_member_path("材料/") is None


def test_trap_paths_and_junk_members_stay_out(tmp_path):
    path = tmp_path / "a.zip"
    _zip(path, [("../../逃逸.txt", "x"), ("__MACOSX/._总结.txt", "x"), ("资料/.DS_Store", "x"),
                ("资料/~$总结.docx", "x"), ("资料/总结.txt", "x")])
    dest = tmp_path / "unpacked"
    unpacked = unpack_archive(path, dest)
    assert [inner for inner, _ in unpacked.members] == ["逃逸.txt", "资料/总结.txt"]
    assert all(dest in file.parents for _, file in unpacked.members)
    assert not (tmp_path / "逃逸.txt").exists()


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    path = tmp_path / "bomb.zip"
    path.write_bytes(zip_bomb_bytes(20))
    dest = tmp_path / "unpacked"
    unpacked = unpack_archive(path, dest, Limits(max_uncompressed_mb=10))
    assert unpacked.members == [] and not dest.exists()
    (inner, reason), = unpacked.problems
    assert inner == "" and problem_code(reason) == "zip_bomb"


def test_corrupt_archive_encrypted_and_broken_members_are_reported_the_rest_is_read(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really an archive")
    (inner, reason), = unpack_archive(bad, tmp_path / "u").problems
    assert inner == "" and problem_code(reason) == "zip_corrupt"

    mixed = tmp_path / "mixed.zip"
    good_text = "二〇二三年工会工作总结".encode() * 50
    _zip(mixed, [("好.txt", good_text), (_LegacyName("密.txt".encode("gbk"), flags=0x1), b"xx"),
                 ("坏.txt", "这一段会被改坏".encode() * 200)])
    data = bytearray(mixed.read_bytes())
    start = data.find("坏.txt".encode()) + len("坏.txt".encode())  # the damaged member's data follows its name
    data[start + 10] ^= 0xFF
    mixed.write_bytes(bytes(data))
    for _ in range(2):  # the second run reuses the unpacked folder and still reports the broken member
        unpacked = unpack_archive(mixed, tmp_path / "u")
        assert [inner for inner, _ in unpacked.members] == ["好.txt"]
        assert unpacked.members[0][1].read_bytes() == good_text
        assert {inner: problem_code(reason) for inner, reason in unpacked.problems} == {
            "密.txt": "zip_encrypted", "坏.txt": "zip_member_corrupt"}


def test_archives_inside_archives_are_opened_and_named_by_their_path(tmp_path):
    inner = io.BytesIO()
    _zip(inner, [("城东小学/工会工作计划.txt", "计划".encode())])
    outer = tmp_path / "全区.zip"
    _zip(outer, [("2024/城东小学.zip", inner.getvalue()), ("说明.txt", "说明".encode())])
    unpacked = unpack_archive(outer, tmp_path / "u")
    assert sorted(inner for inner, _ in unpacked.members) == ["2024/城东小学.zip/城东小学/工会工作计划.txt", "说明.txt"]


def test_an_unchanged_archive_is_unpacked_once(tmp_path):
    path = tmp_path / "a.zip"
    _zip(path, [("总结.txt", "总结".encode())])
    first = unpack_archive(path, tmp_path / "u").members[0][1]
    stamp = first.stat().st_mtime_ns
    second = unpack_archive(path, tmp_path / "u").members[0][1]
    assert second == first and second.stat().st_mtime_ns == stamp
