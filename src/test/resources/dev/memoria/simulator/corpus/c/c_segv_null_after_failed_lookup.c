#include <stdio.h>
#include <string.h>

const char *names[3] = {"ana", "bea", "carla"};

const char *find(const char *wanted) {
    for (int i = 0; i < 3; i++) {
        if (strcmp(names[i], wanted) == 0) {
            return names[i];
        }
    }
    return NULL;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("%zu\n", strlen(find("bea")));
    const char *missing = find("dora");
    printf("%c\n", missing[0]);
    return 0;
}
