#include <stdio.h>

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int values[6] = {4, -1, 7, 0, 9, 3};
    int sum = 0;
    for (int i = 0; i < 6; i++) {
        if (values[i] < 0) {
            continue;
        }
        if (values[i] == 0) {
            break;
        }
        sum += values[i];
    }
    printf("sum %d, array %zu bytes\n", sum, sizeof values);
    return 0;
}
