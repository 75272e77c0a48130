# Palindromes: compare a cleaned-up string with its reverse
def is_palindrome(text):
    cleaned = ""
    for ch in text.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]


def is_palindrome_recursive(s):
    if len(s) <= 1:
        return True
    if s[0] != s[-1]:
        return False
    return is_palindrome_recursive(s[1:-1])


tests = ["racecar", "hello", "A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "", "ab"]
for t in tests:
    print(f"{t!r:35} -> {is_palindrome(t)}")

print(is_palindrome_recursive("level"), is_palindrome_recursive("levels"))
numbers = [n for n in range(100, 200) if str(n) == str(n)[::-1]]
print(numbers)
