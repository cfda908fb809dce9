#include <stdio.h>

int *dangling(void) {
    int local = 7;
    return &local; // gcc 12 compiles this literal form to return NULL (with a warning)
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *p = dangling();
    puts("calling done");
    printf("%d\n", *p); // so ASan reports a SEGV on address 0, not stack-use-after-return
    return 0;
}
