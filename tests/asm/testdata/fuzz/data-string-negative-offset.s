GLOBL show<>(SB), $16
DATA show-4+0(SB)/8, $"depDefer"
