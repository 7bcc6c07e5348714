# chỉ có ghi chú
