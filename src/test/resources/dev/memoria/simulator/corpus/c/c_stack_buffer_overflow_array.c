#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int marks[4] = {7, 8, 9, 10};
    int total = 0;
    for (int i = 0; i <= 4; i++) {
        total += marks[i]; // @expect(stack-buffer-overflow)
    }
    printf("%d\n", total);
    return 0;
}
