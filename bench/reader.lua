-- wrk: requests as a reader's browser makes them (its User-Agent), so each page is a counted view.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
