#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *last = NULL;
    for (int i = 0; i < 3; i++) {
        int square = i * i;
        last = &square;
    }
    *last = 1;
    printf("done\n");
    return 0;
}
