import unicodedata

from compliance.text import nfc, vi_sort_key


def test_vietnamese_dictionary_order():
    words = ["Đồng Tháp", "Dương", "Ông", "Ơn", "Ăn", "An", "Ân", "Bạ", "Bá", "Bã", "Bả", "Bà", "Ba",
             "Phòng 10", "Phòng 2", "Sở Y tế", "Sở Xây dựng", "Sở Tư pháp"]
    assert sorted(words, key=vi_sort_key) == [
        "An", "Ăn", "Ân", "Ba", "Bà", "Bả", "Bã", "Bá", "Bạ", "Dương", "Đồng Tháp", "Ông", "Ơn",
        "Phòng 2", "Phòng 10", "Sở Tư pháp", "Sở Xây dựng", "Sở Y tế"]


def test_nfd_and_nfc_sort_and_compare_alike():
    word = "Phòng Quản lý đô thị"
    decomposed = unicodedata.normalize("NFD", word)
    assert decomposed != word and nfc(decomposed) == word
    assert vi_sort_key(decomposed)[:2] == vi_sort_key(word)[:2]


def test_printable_shows_what_would_hide_reorder_or_run():
    from compliance.text import printable, unsafe_char

    assert printable("Sở Nội vụ\nPhòng\u00a0Tổ chức") == "Sở Nội vụ\nPhòng\u00a0Tổ chức"   # text, a no-break space: kept
    assert printable("UBND\x1b[31m đỏ\u202etxt.exe\u200b\x00") == "UBND‹U+001B›[31m đỏ‹U+202E›txt.exe‹U+200B›‹U+0000›"
    assert printable("a\tb\rc\u2028d") == "a‹U+0009›b‹U+000D›c‹U+2028›d"
    assert unsafe_char("phong_to_chuc") is None and unsafe_char("Phòng\u00a0A") is None
    assert unsafe_char("p\u2066x\x07") == "\u2066"
