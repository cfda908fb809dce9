#include <stdio.h>

struct Pair {
    int a;
    int b;
};

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    struct Pair pairs[2] = {{1, 2}, {3, 4}};
    struct Pair *p = pairs;
    printf("%d\n", p[1].b);
    p[2].a = 5;
    return 0;
}
