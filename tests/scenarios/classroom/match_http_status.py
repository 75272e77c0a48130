# HTTP status codes: literal patterns joined with |, and a capture with a guard
def status_text(code):
    match code:
        case 200:
            return "OK"
        case 201 | 202 | 204:
            return "Success, nothing more to say"
        case 301 | 302 | 307 | 308:
            return "Redirect"
        case 400:
            return "Bad request"
        case 401 | 403:
            return "Not allowed"
        case 404 | 410:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case c if 500 <= c <= 599:
            return "Server error " + str(c)
        case _:
            return "Unknown"


for code in [200, 204, 302, 400, 403, 404, 418, 500, 503, 600, 99]:
    print(code, status_text(code))

counts = {}
for code in [200, 404, 200, 500, 301, 404, 200]:
    match code // 100:
        case 2:
            kind = "success"
        case 3:
            kind = "redirect"
        case 4 | 5 as family:
            kind = "error" + str(family) + "xx"
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
