#include <stdio.h>

void swap(int *a, int *b) {
    int tmp = *a;
    *a = *b;
    *b = tmp;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int x = 1;
    int y = 2;
    swap(&x, &y); // @show(before): a and b will point into main's frame
    printf("x=%d y=%d\n", x, y);
    return 0;
}
