// The program the editor opens with: the smallest generator worth stepping.
export const DEFAULT_PROGRAM = `def power(n):
    for i in range(n):
        yield 2**i

print(list(power(5)))
`;
