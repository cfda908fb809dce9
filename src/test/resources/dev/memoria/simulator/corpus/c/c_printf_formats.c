#include <stdbool.h>
#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int i = -7;
    long l = 1234567890123L;
    size_t n = sizeof(long);
    double d = 2.5;
    char c = 'z';
    bool ok = true;
    printf("%d|%ld|%zu|%f|%c|%s|%d\n", i, l, n, d, c, "text", ok);
    printf("%f %f\n", 1.0 / 3.0, 10.0);
    return 0;
}
