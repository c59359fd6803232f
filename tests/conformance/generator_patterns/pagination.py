def paginate(items, per_page):
    for start in range(0, len(items), per_page):
        page = items[start:start + per_page]
        yield start // per_page + 1, page

products = [f"item{i}" for i in range(1, 12)]
for number, page in paginate(products, 4):
    print(f"page {number}: {', '.join(page)}")
