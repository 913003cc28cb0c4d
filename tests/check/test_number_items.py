"""Tests of termbase.check.number_items: the number check's items, read without its patterns."""

from __future__ import annotations

from fresh_python import printed

# The main process reads the number check's items without compiling the check's
# patterns (termbase.check.number_items): on a long draft the check runs in a second
# process, and importing termbase.check.numbers would put its compile time back on the
# critical path.

def test_the_checker_and_its_checks_import_without_the_number_patterns() -> None:
    code = ("import sys, termbase.cli, termbase.check.checker, termbase.check.rules; "
            "print('termbase.check.numbers' in sys.modules)")
    assert printed(code) == "False"


def test_the_items_read_back_are_the_ones_the_check_makes() -> None:
    from termbase.check import number_items, numbers

    assert numbers.NumberItem is number_items.NumberItem
    assert numbers.without_numbering is number_items.without_numbering
    item = numbers.profile("2015年5月2日", "zh").strict[0]
    assert item.normal == "2015-05-02"
    assert number_items.show_value("d:????-07-??") == "July"


def test_a_number_with_its_sub_label_before_a_space_is_numbering() -> None:
    # session 49: "5(a) " opens a list's item, as "5. " and "(a) " do
    from termbase.check.number_items import without_numbering

    assert without_numbering("5(a) The Fund shall") == "The Fund shall"
    assert without_numbering("12（b） 此外，") == "此外，"
    assert without_numbering("5(a)段所述") == "5(a)段所述"  # glued: read by the check
