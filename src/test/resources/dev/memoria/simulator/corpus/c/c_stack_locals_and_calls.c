#include <stdio.h>

int add(int a, int b) {
    int sum = a + b;
    return sum;
}

int twice(int x) {
    return add(x, x);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int a = 3;
    int b = twice(a); // @show: frames add and twice are gone; b holds the result
    printf("%d %d\n", a, b);
    return 0;
}
