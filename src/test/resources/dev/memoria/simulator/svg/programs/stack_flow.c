#include <stdio.h>

int square(int n) {
    int r = n * n;  // @show
    return r;
}

int main(void) {
    int x = 3;
    int y = square(x);  // @show
    printf("%d\n", y);
    return 0;
}
