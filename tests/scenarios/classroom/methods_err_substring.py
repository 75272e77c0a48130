# str.index raises when the substring is missing
email = "student.example.org"
print("looking for @ in", email)
at = email.index("@")
print("domain:", email[at + 1:])
