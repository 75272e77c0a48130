# A recursive function that never reaches its base case
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)

countdown(3)
