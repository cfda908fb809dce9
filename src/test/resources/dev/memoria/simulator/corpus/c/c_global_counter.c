#include <stdio.h>

int counter = 0;
const char *label = "calls";

void tick(void) {
    counter++;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    for (int i = 0; i < 3; i++) {
        tick();
    }
    printf("%s: %d\n", label, counter);
    return 0;
}
