#include <stdio.h>
#include <stdlib.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int *numbers = malloc(6 * sizeof(int));
    numbers[0] = 1;
    printf("%d\n", numbers[0]);
    return 0; // main's locals are gone once it returns: LSan still counts this as a leak
}
