#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int data[5] = {10, 20, 30, 40, 50};
    int *p = data;
    int *end = data + 5;
    int total = 0;
    while (p < end) {
        total += *p;
        p = p + 2;
    }
    printf("%d %ld\n", total, (long)(end - data));
    return 0;
}
