def expensive_items(prices, threshold):
    for item, price in prices.items():
        if price > threshold:
            yield item, price

prices = {"pen": 1.5, "laptop": 999.0, "desk": 150.0, "mug": 8.25}
for item, price in expensive_items(prices, 100):
    print(f"{item}: {price:.2f}")
print(dict(expensive_items(prices, 5)))
