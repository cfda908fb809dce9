#include <stdio.h>
#include <string.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *a = "apple";
    const char *b = "apricot";
    char buf[6];
    strcpy(buf, a);
    printf("%d\n", strcmp(a, buf) == 0);
    printf("%d\n", strcmp(a, b) < 0);
    printf("%d\n", strcmp(b, a) > 0);
    return 0;
}
