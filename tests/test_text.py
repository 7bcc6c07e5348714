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
