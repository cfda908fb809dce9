#include <stdio.h>

char *label(int n) {
    char buf[16];
    char *out = buf;
    out[0] = (char)('0' + n);
    out[1] = '\0';
    return out;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    char *s = label(4);
    puts("got a label");
    s[0] = 'x';
    return 0;
}
