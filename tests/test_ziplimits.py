"""Zip packages (.xlsx, .docx) are checked before any library unpacks them."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from termbase.errors import LimitError
from termbase.ziplimits import ZipLimits, check_zip, read_member

_MB = 1024 * 1024


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


def test_ordinary_package_passes() -> None:
    check_zip(_zip({"xl/workbook.xml": b"<workbook/>" * 1000, "a.png": bytes(range(256))}),
              "ok.xlsx")


def test_zeros_compressed_a_thousandfold_are_refused() -> None:
    bomb = _zip({"xl/worksheets/sheet1.xml": bytes(20 * _MB)})
    assert len(bomb) < 100_000
    with pytest.raises(LimitError) as info:
        check_zip(bomb, "bomb.xlsx")
    assert info.value.path == "bomb.xlsx"
    assert "sheet1.xml" in info.value.message
    assert "100 to 1" in info.value.message
    assert info.value.code == "TB120"


def test_small_members_may_compress_well() -> None:
    check_zip(_zip({"xl/styles.xml": bytes(_MB - 1)}), "styles.xlsx")


def test_total_unpacked_size_is_capped() -> None:
    package = _zip({f"part{i}.bin": bytes(600) for i in range(5)}, zipfile.ZIP_STORED)
    limits = ZipLimits(max_total=2_000, max_member=1_000)
    with pytest.raises(LimitError, match="unpacks to 3,000 bytes, more than the 2,000"):
        check_zip(package, "big.docx", limits)


def test_one_member_size_is_capped() -> None:
    package = _zip({"word/document.xml": bytes(5_000)}, zipfile.ZIP_STORED)
    with pytest.raises(LimitError, match=r"document\.xml"):
        check_zip(package, "big.docx", ZipLimits(max_member=4_000))


def test_member_count_is_capped_before_zipfile_reads_the_directory() -> None:
    package = _zip({f"{i}.xml": b"" for i in range(20)})
    with pytest.raises(LimitError, match="20 files, more than the 10"):
        check_zip(package, "many.xlsx", ZipLimits(max_members=10))


def test_member_count_from_a_lying_end_record() -> None:
    # The end record claims 60,000 members; refused before zipfile parses the directory.
    package = bytearray(_zip({"a.xml": b"<a/>"}))
    end = package.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", package, end + 8, 60_000, 60_000)
    with pytest.raises(LimitError, match="60,000 files"):
        check_zip(bytes(package), "liar.xlsx")


def test_damaged_package_is_left_to_the_reader() -> None:
    check_zip(b"PK\x03\x04 not really a zip", "broken.xlsx")


def _lying_package() -> bytes:
    """A member whose directory entry says 1,000 bytes but that inflates to 5 MB."""
    package = bytearray(_zip({"xl/workbook.xml": bytes(5 * _MB)}))
    central = package.rfind(b"PK\x01\x02")
    struct.pack_into("<I", package, central + 24, 1_000)
    struct.pack_into("<I", package, 22, 1_000)  # the local header of the first member
    return bytes(package)


def test_a_directory_that_lies_about_sizes_never_inflates_more() -> None:
    data = _lying_package()
    check_zip(data, "liar.xlsx")  # the sizes it declares are small
    # zipfile stops at the declared size and then fails its CRC check.
    with zipfile.ZipFile(io.BytesIO(data)) as package, pytest.raises(zipfile.BadZipFile):
        package.read("xl/workbook.xml")


def test_read_member_is_bounded_by_the_data() -> None:
    data = _zip({"xl/workbook.xml": bytes(5_000)})
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert read_member(package, "xl/workbook.xml", "x.xlsx", limit=5_000) == bytes(5_000)
        with pytest.raises(LimitError, match="larger than 4,000 bytes"):
            read_member(package, "xl/workbook.xml", "x.xlsx", limit=4_000)

