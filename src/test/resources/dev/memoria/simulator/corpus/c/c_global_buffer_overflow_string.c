#include <stdio.h>

char word[5] = "abcd";

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int i = 0;
    while (i < 6) {
        printf("%c", word[i] ? word[i] : '.');
        i++;
    }
    printf("\n");
    return 0;
}
