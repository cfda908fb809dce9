#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *s = "abc";
    for (int i = 0; i < 6; i++) {
        printf("%d ", s[i]); // the literal has 4 bytes: 'a' 'b' 'c' and the zero
    }
    printf("\n");
    return 0;
}
