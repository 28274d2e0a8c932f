# S3 API: moto's server on 127.0.0.2:4566 (not 9000: ClickHouse's native port). Open: any or no
# credentials are accepted. No locked S3. Seeded: bucket customer-exports with customers.csv,
# customers.ndjson (1000 rows each), orders.json (300).
# What clients sent: $LOGS/s3-open.log (werkzeug access log: method, path, status).
s3_ports() { echo "$OPEN:4566"; }
s3_start() { spawn s3 s3-open -- "$VENV_BIN/moto_server" -H $OPEN -p 4566; }
s3_ready() { wait_until 30 curl -s -o /dev/null http://$OPEN:4566/; }
s3_seed() { seed s3 --host $OPEN --port 4566; }
