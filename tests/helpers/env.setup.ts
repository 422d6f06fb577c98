// Vite exposes its own BASE_URL ("/") through process.env; Mydia's BASE_URL means the public URL.
if (process.env.BASE_URL === "/") delete process.env.BASE_URL;
