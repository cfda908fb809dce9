#include <stdio.h>
#include <stdlib.h>

int parse(int input) {
    int *scratch = malloc(10 * sizeof(int));
    if (input < 0) {
        return -1; // forgot to free scratch on this path
    }
    scratch[0] = input;
    int result = scratch[0] * 2;
    free(scratch);
    return result;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("%d\n", parse(21));
    printf("%d\n", parse(-1));
    return 0;
}
