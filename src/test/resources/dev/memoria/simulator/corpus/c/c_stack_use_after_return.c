#include <stdio.h>

int *make_counter(void) {
    int count = 10;
    int *p = &count; // through a variable, so gcc keeps the real address
    return p;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *c = make_counter(); // @show: c points into a frame that no longer exists
    printf("%d\n", *c); // @expect(stack-use-after-return)
    return 0;
}
