-- The embedded demo warehouse of the data catalog: a small online shop with
-- customers, products, sales, finance and marketing data. SQLite dialect;
-- ensureDemoDatabase() runs this once into a file the sqlite connector reads.
-- Rows are generated deterministically (no random()), so every demo matches.
PRAGMA foreign_keys = ON;

-- Customers ---------------------------------------------------------------

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  phone TEXT,
  birth_date DATE,
  country_code CHAR(2) NOT NULL,
  segment TEXT NOT NULL DEFAULT 'consumer',
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE customer_addresses (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  kind TEXT NOT NULL CHECK (kind IN ('shipping', 'billing')),
  street TEXT NOT NULL,
  city TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  country_code CHAR(2) NOT NULL
);

CREATE TABLE newsletter_subscriptions (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
  subscribed_at TIMESTAMP NOT NULL,
  opted_in INTEGER NOT NULL DEFAULT 1
);

-- Products ----------------------------------------------------------------

CREATE TABLE product_categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES product_categories (id)
);

CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  contact_email TEXT NOT NULL,
  country_code CHAR(2) NOT NULL
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  category_id INTEGER NOT NULL REFERENCES product_categories (id),
  supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
  unit_price NUMERIC(10, 2) NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'EUR',
  active INTEGER NOT NULL DEFAULT 1,
  launched_on DATE NOT NULL
);

CREATE TABLE inventory_levels (
  product_id INTEGER NOT NULL REFERENCES products (id),
  warehouse TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (product_id, warehouse)
);

-- Marketing ---------------------------------------------------------------

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  channel TEXT NOT NULL,
  budget NUMERIC(12, 2) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL
);

CREATE TABLE web_events (
  id INTEGER PRIMARY KEY,
  session_id TEXT NOT NULL,
  customer_id INTEGER REFERENCES customers (id),
  campaign_id INTEGER REFERENCES campaigns (id),
  event_type TEXT NOT NULL,
  page_url TEXT NOT NULL,
  ip_address TEXT,
  user_agent TEXT,
  occurred_at TIMESTAMP NOT NULL
);

-- Sales -------------------------------------------------------------------

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  shipping_address_id INTEGER NOT NULL REFERENCES customer_addresses (id),
  campaign_id INTEGER REFERENCES campaigns (id),
  channel TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'placed',
  total_amount NUMERIC(12, 2),
  ordered_at TIMESTAMP NOT NULL
);

CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders (id),
  line_no INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products (id),
  quantity INTEGER NOT NULL,
  unit_price NUMERIC(10, 2) NOT NULL,
  discount NUMERIC(4, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, line_no)
);

CREATE TABLE shipments (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders (id),
  carrier TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  shipped_at TIMESTAMP NOT NULL,
  delivered_at TIMESTAMP
);

-- Finance -----------------------------------------------------------------

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders (id),
  method TEXT NOT NULL,
  card_last4 TEXT,
  amount NUMERIC(12, 2) NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'EUR',
  paid_at TIMESTAMP NOT NULL
);

CREATE TABLE refunds (
  id INTEGER PRIMARY KEY,
  payment_id INTEGER NOT NULL REFERENCES payments (id),
  amount NUMERIC(12, 2) NOT NULL,
  reason TEXT NOT NULL,
  refunded_at TIMESTAMP NOT NULL
);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders (id),
  invoice_number TEXT NOT NULL UNIQUE,
  amount NUMERIC(12, 2) NOT NULL,
  tax_amount NUMERIC(12, 2) NOT NULL,
  status TEXT NOT NULL,
  issued_on DATE NOT NULL,
  due_on DATE NOT NULL
);

CREATE TABLE exchange_rates (
  currency CHAR(3) NOT NULL,
  rate_date DATE NOT NULL,
  rate_to_eur NUMERIC(12, 6) NOT NULL,
  PRIMARY KEY (currency, rate_date)
);

-- Reporting views ---------------------------------------------------------

CREATE VIEW customer_lifetime_value AS
SELECT c.id AS customer_id, c.email, c.country_code, c.segment,
  count(DISTINCT o.id) AS order_count,
  coalesce(sum(p.amount), 0) - coalesce(sum(r.amount), 0) AS net_revenue,
  min(o.ordered_at) AS first_order_at, max(o.ordered_at) AS last_order_at
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
LEFT JOIN payments p ON p.order_id = o.id
LEFT JOIN refunds r ON r.payment_id = p.id
GROUP BY c.id;

CREATE VIEW daily_revenue AS
SELECT date(o.ordered_at) AS day, o.channel,
  count(DISTINCT o.id) AS orders,
  round(sum(i.quantity * i.unit_price * (1 - i.discount)), 2) AS revenue
FROM orders o
JOIN order_items i ON i.order_id = o.id
WHERE o.status <> 'cancelled'
GROUP BY date(o.ordered_at), o.channel;

CREATE VIEW campaign_performance AS
SELECT cp.id AS campaign_id, cp.name, cp.channel, cp.budget,
  (SELECT count(*) FROM web_events e WHERE e.campaign_id = cp.id) AS visits,
  count(o.id) AS orders,
  coalesce(sum(o.total_amount), 0) AS revenue
FROM campaigns cp
LEFT JOIN orders o ON o.campaign_id = cp.id AND o.status <> 'cancelled'
GROUP BY cp.id;

CREATE VIEW product_sales AS
SELECT pr.id AS product_id, pr.sku, pr.name, pc.name AS category,
  sum(i.quantity) AS units_sold,
  round(sum(i.quantity * i.unit_price * (1 - i.discount)), 2) AS revenue
FROM products pr
JOIN product_categories pc ON pc.id = pr.category_id
LEFT JOIN order_items i ON i.product_id = pr.id
GROUP BY pr.id;

-- Reference data ----------------------------------------------------------

INSERT INTO product_categories (id, name, parent_id) VALUES
  (1, 'Electronics', NULL),
  (2, 'Home & Kitchen', NULL),
  (3, 'Outdoor', NULL),
  (4, 'Audio', 1),
  (5, 'Computing', 1),
  (6, 'Cookware', 2),
  (7, 'Furniture', 2),
  (8, 'Camping', 3),
  (9, 'Cycling', 3),
  (10, 'Accessories', 1);

INSERT INTO suppliers (id, name, contact_email, country_code) VALUES
  (1, 'Nordlicht Audio GmbH', 'sales@nordlicht-audio.example', 'DE'),
  (2, 'Baltic Components', 'orders@baltic-components.example', 'LT'),
  (3, 'Casa Cozinha Lda', 'comercial@casacozinha.example', 'PT'),
  (4, 'Fjell Outdoor AS', 'b2b@fjell-outdoor.example', 'NO'),
  (5, 'Velo Ricambi Srl', 'ordini@veloricambi.example', 'IT'),
  (6, 'Maple Furnishings Ltd', 'trade@maplefurnishings.example', 'GB'),
  (7, 'Shenzhen Brightway Co', 'export@brightway.example', 'CN'),
  (8, 'Atelier Lumière SARL', 'pro@atelier-lumiere.example', 'FR');

INSERT INTO products (id, sku, name, category_id, supplier_id, unit_price, active, launched_on) VALUES
  (1, 'AUD-001', 'Wireless Over-Ear Headphones', 4, 1, 149.00, 1, '2023-03-01'),
  (2, 'AUD-002', 'Noise-Cancelling Earbuds', 4, 1, 119.00, 1, '2024-02-15'),
  (3, 'AUD-003', 'Bookshelf Speakers (pair)', 4, 1, 229.00, 1, '2022-09-10'),
  (4, 'AUD-004', 'Portable Bluetooth Speaker', 4, 7, 59.90, 1, '2023-06-20'),
  (5, 'AUD-005', 'USB Podcast Microphone', 4, 7, 89.00, 1, '2024-05-05'),
  (6, 'CMP-001', '14" Ultrabook', 5, 2, 1099.00, 1, '2024-01-10'),
  (7, 'CMP-002', 'Mechanical Keyboard', 5, 2, 99.00, 1, '2022-11-01'),
  (8, 'CMP-003', 'Ergonomic Mouse', 5, 2, 45.50, 1, '2023-01-15'),
  (9, 'CMP-004', '27" 4K Monitor', 5, 7, 379.00, 1, '2023-08-01'),
  (10, 'CMP-005', 'USB-C Docking Station', 5, 7, 139.00, 1, '2024-03-12'),
  (11, 'CMP-006', '1TB NVMe SSD', 5, 2, 84.90, 1, '2023-10-05'),
  (12, 'ACC-001', 'Laptop Sleeve 14"', 10, 8, 29.90, 1, '2022-05-01'),
  (13, 'ACC-002', 'Braided USB-C Cable 2m', 10, 7, 12.90, 1, '2022-05-01'),
  (14, 'ACC-003', 'Fast Charger 65W', 10, 7, 39.90, 1, '2023-04-18'),
  (15, 'ACC-004', 'Phone Stand Aluminium', 10, 8, 24.00, 0, '2021-09-09'),
  (16, 'KIT-001', 'Cast Iron Skillet 28cm', 6, 3, 54.00, 1, '2022-02-02'),
  (17, 'KIT-002', 'Stainless Cookware Set', 6, 3, 249.00, 1, '2023-09-14'),
  (18, 'KIT-003', 'Chef''s Knife 20cm', 6, 3, 79.00, 1, '2022-06-30'),
  (19, 'KIT-004', 'Espresso Machine', 6, 8, 429.00, 1, '2024-04-01'),
  (20, 'KIT-005', 'Burr Coffee Grinder', 6, 8, 149.00, 1, '2023-12-01'),
  (21, 'KIT-006', 'Silicone Baking Mats (3)', 6, 3, 19.90, 1, '2022-10-10'),
  (22, 'FUR-001', 'Oak Dining Table', 7, 6, 899.00, 1, '2023-02-20'),
  (23, 'FUR-002', 'Upholstered Dining Chair', 7, 6, 149.00, 1, '2023-02-20'),
  (24, 'FUR-003', 'Standing Desk', 7, 6, 549.00, 1, '2024-01-25'),
  (25, 'FUR-004', 'Floor Lamp Linen', 7, 8, 119.00, 1, '2022-08-08'),
  (26, 'FUR-005', 'Wall Shelf Walnut', 7, 6, 89.00, 0, '2021-11-11'),
  (27, 'CMP-007', 'Tent 2-Person Ultralight', 8, 4, 389.00, 1, '2023-03-30'),
  (28, 'CMP-008', 'Down Sleeping Bag -5°C', 8, 4, 279.00, 1, '2023-09-01'),
  (29, 'CMP-009', 'Inflatable Sleeping Pad', 8, 4, 99.00, 1, '2023-05-15'),
  (30, 'CMP-010', 'Camping Stove', 8, 4, 69.00, 1, '2022-04-04'),
  (31, 'CMP-011', 'Headlamp 400lm', 8, 7, 34.90, 1, '2024-02-02'),
  (32, 'CMP-012', 'Trekking Poles (pair)', 8, 4, 79.00, 1, '2022-07-07'),
  (33, 'CYC-001', 'Road Bike Helmet', 9, 5, 129.00, 1, '2023-03-03'),
  (34, 'CYC-002', 'Bike Light Set', 9, 5, 49.00, 1, '2022-10-20'),
  (35, 'CYC-003', 'Cycling Jersey', 9, 5, 69.00, 1, '2024-03-21'),
  (36, 'CYC-004', 'Floor Pump', 9, 5, 39.00, 1, '2022-03-15'),
  (37, 'CYC-005', 'Bike Computer GPS', 9, 7, 199.00, 1, '2024-06-01'),
  (38, 'CYC-006', 'Clipless Pedals', 9, 5, 109.00, 1, '2023-07-07'),
  (39, 'CYC-007', 'Saddle Bag', 9, 5, 24.90, 1, '2022-09-09'),
  (40, 'CYC-008', 'Chain Lube 100ml', 9, 5, 9.90, 1, '2021-06-06');

INSERT INTO campaigns (id, name, channel, budget, starts_on, ends_on) VALUES
  (1, 'New Year Tech Sale', 'email', 12000.00, '2025-01-02', '2025-01-20'),
  (2, 'Valentine''s Audio', 'social', 8000.00, '2025-02-01', '2025-02-14'),
  (3, 'Spring Outdoor Launch', 'search', 15000.00, '2025-03-15', '2025-04-15'),
  (4, 'Easter Kitchen Deals', 'email', 6000.00, '2025-04-05', '2025-04-21'),
  (5, 'Bike to Work Month', 'social', 9000.00, '2025-05-01', '2025-05-31'),
  (6, 'Summer Camping', 'display', 11000.00, '2025-06-10', '2025-07-31'),
  (7, 'Back to School', 'search', 14000.00, '2025-08-15', '2025-09-15'),
  (8, 'Home Office Refresh', 'email', 7000.00, '2025-09-01', '2025-09-30'),
  (9, 'Autumn Cycling Gear', 'social', 5000.00, '2025-10-01', '2025-10-25'),
  (10, 'Black Friday', 'display', 30000.00, '2025-11-24', '2025-11-30'),
  (11, 'Cyber Monday', 'email', 18000.00, '2025-12-01', '2025-12-02'),
  (12, 'Holiday Gift Guide', 'search', 20000.00, '2025-12-03', '2025-12-23');

INSERT INTO exchange_rates (currency, rate_date, rate_to_eur)
WITH RECURSIVE month(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM month WHERE m < 11),
  currency(code, base, swing) AS (VALUES ('USD', 0.92, 0.03), ('GBP', 1.17, 0.02), ('CHF', 1.04, 0.015))
SELECT code, date('2025-01-01', '+' || m || ' months'),
  round(base + swing * ((m * 7) % 5 - 2) / 2.0, 6)
FROM currency, month;

-- Generated rows ----------------------------------------------------------
-- Small name and place lists combined by index arithmetic.

INSERT INTO customers (id, first_name, last_name, email, phone, birth_date, country_code, segment, created_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120),
  first_name(i, name) AS (VALUES (0, 'Ada'), (1, 'Bruno'), (2, 'Chiara'), (3, 'Dmitri'),
    (4, 'Elif'), (5, 'Finn'), (6, 'Greta'), (7, 'Hugo'), (8, 'Ines'), (9, 'Jonas'),
    (10, 'Katja'), (11, 'Luca'), (12, 'Maya'), (13, 'Nils'), (14, 'Olga'), (15, 'Pablo'),
    (16, 'Quinn'), (17, 'Rosa'), (18, 'Sami'), (19, 'Tara')),
  last_name(i, name) AS (VALUES (0, 'Andersen'), (1, 'Bianchi'), (2, 'Costa'), (3, 'Dubois'),
    (4, 'Eriksen'), (5, 'Fischer'), (6, 'Garcia'), (7, 'Hansen'), (8, 'Ivanova'), (9, 'Jansen'),
    (10, 'Kowalski'), (11, 'Lehmann'), (12, 'Moreau'), (13, 'Novak'), (14, 'Oliveira'),
    (15, 'Peeters'), (16, 'Rossi'), (17, 'Schmidt'), (18, 'Toth'), (19, 'Weber')),
  country(i, code, dial) AS (VALUES (0, 'DE', '+49'), (1, 'FR', '+33'), (2, 'IT', '+39'),
    (3, 'ES', '+34'), (4, 'NL', '+31'), (5, 'PL', '+48'), (6, 'SE', '+46'), (7, 'AT', '+43'))
SELECT n, f.name, l.name,
  lower(f.name || '.' || l.name || n || '@mail.example'),
  CASE WHEN n % 9 = 0 THEN NULL ELSE c.dial || ' ' || printf('%03d %07d', 100 + (n * 37) % 900, (n * 7919) % 10000000) END,
  CASE WHEN n % 11 = 0 THEN NULL ELSE date('1955-01-01', '+' || ((n * 3571) % 17500) || ' days') END,
  c.code,
  CASE WHEN n % 10 = 0 THEN 'business' WHEN n % 7 = 0 THEN 'vip' ELSE 'consumer' END,
  datetime('2023-01-01', '+' || ((n * 4801) % 720) || ' days', '+' || ((n * 3607) % 86400) || ' seconds')
FROM seq
JOIN first_name f ON f.i = n % 20
JOIN last_name l ON l.i = (n * 7) % 20
JOIN country c ON c.i = (n * 3) % 8;

-- Every customer has a shipping address with its own id; every fourth also
-- a separate billing address (ids from 1001).
INSERT INTO customer_addresses (id, customer_id, kind, street, city, postal_code, country_code)
WITH street(i, name) AS (VALUES (0, 'Lindenstraße'), (1, 'Rue des Lilas'), (2, 'Via Roma'),
    (3, 'Calle Mayor'), (4, 'Keizersgracht'), (5, 'ul. Długa'), (6, 'Storgatan'), (7, 'Hauptplatz')),
  city(code, name, postal) AS (VALUES ('DE', 'Berlin', '10'), ('FR', 'Lyon', '69'),
    ('IT', 'Milano', '20'), ('ES', 'Valencia', '46'), ('NL', 'Amsterdam', '10'),
    ('PL', 'Kraków', '31'), ('SE', 'Göteborg', '41'), ('AT', 'Graz', '80'))
SELECT CASE k.kind WHEN 'shipping' THEN c.id ELSE 1000 + c.id END, c.id, k.kind,
  s.name || ' ' || (1 + (c.id * 13 + length(k.kind)) % 140), ci.name,
  ci.postal || printf('%03d', (c.id * 17) % 1000), c.country_code
FROM customers c
JOIN (SELECT 'shipping' AS kind UNION ALL SELECT 'billing') k
  ON k.kind = 'shipping' OR c.id % 4 = 0
JOIN street s ON s.i = c.id % 8
JOIN city ci ON ci.code = c.country_code;

INSERT INTO newsletter_subscriptions (customer_id, subscribed_at, opted_in)
SELECT id, datetime(created_at, '+' || (id % 30) || ' days'), CASE WHEN id % 13 = 0 THEN 0 ELSE 1 END
FROM customers WHERE id % 5 IN (0, 1, 3);

INSERT INTO inventory_levels (product_id, warehouse, quantity, updated_at)
SELECT p.id, w.name, (p.id * 37 + length(w.name) * 11) % 250, datetime('2025-12-30', '-' || ((p.id * 7) % 48) || ' hours')
FROM products p, (SELECT 'Hamburg' AS name UNION ALL SELECT 'Rotterdam') w;

INSERT INTO orders (id, customer_id, shipping_address_id, campaign_id, channel, status, ordered_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT n, 1 + (n * 37) % 120, 1 + (n * 37) % 120, NULL,
  CASE n % 4 WHEN 0 THEN 'mobile_app' WHEN 1 THEN 'web' WHEN 2 THEN 'web' ELSE 'marketplace' END,
  CASE WHEN n % 17 = 0 THEN 'cancelled' WHEN n % 11 = 0 THEN 'returned'
    WHEN n > 140 THEN 'placed' WHEN n > 130 THEN 'shipped' ELSE 'delivered' END,
  datetime('2025-01-01', '+' || ((n * 2.4) + (n * 7) % 3) || ' days', '+' || ((n * 3607) % 86400) || ' seconds')
FROM seq;

-- Half of the orders placed while a campaign ran are attributed to it.
UPDATE orders SET campaign_id = (
  SELECT c.id FROM campaigns c
  WHERE date(orders.ordered_at) BETWEEN c.starts_on AND c.ends_on
)
WHERE id % 2 = 1;

INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price, discount)
SELECT o.id, l.line_no, p.id, 1 + (o.id + l.line_no) % 3, p.unit_price,
  CASE WHEN o.campaign_id IS NOT NULL THEN 0.10 WHEN o.id % 9 = 0 THEN 0.05 ELSE 0 END
FROM orders o
JOIN (SELECT 1 AS line_no UNION ALL SELECT 2) l ON l.line_no = 1 OR o.id % 2 = 0
JOIN products p ON p.id = 1 + (o.id * 13 + l.line_no * 7) % 40;

UPDATE orders SET total_amount = (
  SELECT round(sum(quantity * unit_price * (1 - discount)), 2)
  FROM order_items WHERE order_items.order_id = orders.id
);

INSERT INTO payments (id, order_id, method, card_last4, amount, paid_at)
SELECT o.id, o.id,
  CASE o.id % 5 WHEN 0 THEN 'paypal' WHEN 1 THEN 'bank_transfer' ELSE 'card' END,
  CASE WHEN o.id % 5 IN (2, 3, 4) THEN printf('%04d', (o.id * 7919) % 10000) END,
  o.total_amount, datetime(o.ordered_at, '+' || (o.id % 50) || ' minutes')
FROM orders o WHERE o.status <> 'cancelled';

INSERT INTO refunds (id, payment_id, amount, reason, refunded_at)
SELECT p.id, p.id, p.amount,
  CASE p.id % 3 WHEN 0 THEN 'damaged in transit' WHEN 1 THEN 'changed mind' ELSE 'wrong size' END,
  datetime(p.paid_at, '+' || (10 + p.id % 20) || ' days')
FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.status = 'returned';

INSERT INTO invoices (id, order_id, invoice_number, amount, tax_amount, status, issued_on, due_on)
SELECT o.id, o.id, printf('INV-2025-%05d', o.id), o.total_amount, round(o.total_amount * 0.19 / 1.19, 2),
  CASE WHEN o.status = 'returned' THEN 'credited' WHEN o.status = 'placed' THEN 'open' ELSE 'paid' END,
  date(o.ordered_at), date(o.ordered_at, '+14 days')
FROM orders o WHERE o.status <> 'cancelled';

INSERT INTO shipments (id, order_id, carrier, tracking_number, shipped_at, delivered_at)
SELECT o.id, o.id,
  CASE o.id % 3 WHEN 0 THEN 'DHL' WHEN 1 THEN 'UPS' ELSE 'PostNL' END,
  printf('TRK%09d', (o.id * 104729) % 1000000000),
  datetime(o.ordered_at, '+1 days'),
  CASE WHEN o.status IN ('delivered', 'returned') THEN datetime(o.ordered_at, '+' || (2 + o.id % 4) || ' days') END
FROM orders o WHERE o.status IN ('shipped', 'delivered', 'returned');

INSERT INTO web_events (id, session_id, customer_id, campaign_id, event_type, page_url, ip_address, user_agent, occurred_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200),
  page(i, url, type) AS (VALUES (0, '/', 'page_view'), (1, '/c/audio', 'page_view'),
    (2, '/c/outdoor', 'page_view'), (3, '/p/AUD-001', 'product_view'), (4, '/p/CMP-007', 'product_view'),
    (5, '/cart', 'add_to_cart'), (6, '/checkout', 'checkout_started'), (7, '/search?q=bike', 'search'))
SELECT n, printf('s-%06x', (n / 4 + 1) * 2654435761 % 16777216),
  CASE WHEN n % 3 = 0 THEN NULL ELSE 1 + ((n / 4) * 37) % 120 END,
  NULL, p.type, p.url,
  printf('%d.%d.%d.%d', 80 + n % 100, (n * 7) % 256, (n * 13) % 256, 1 + (n * 29) % 254),
  CASE n % 3 WHEN 0 THEN 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15'
    WHEN 1 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 Safari/537.36'
    ELSE 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148' END,
  datetime('2025-01-01', '+' || ((n * 1.8)) || ' days', '+' || ((n * 911) % 86400) || ' seconds')
FROM seq JOIN page p ON p.i = n % 8;

UPDATE web_events SET campaign_id = (
  SELECT c.id FROM campaigns c
  WHERE date(web_events.occurred_at) BETWEEN c.starts_on AND c.ends_on
)
WHERE id % 3 <> 0;
