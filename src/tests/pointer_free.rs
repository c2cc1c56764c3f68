//! The pointer-free C ABI (`mvtls_buf_*`, `mvtls_pf_*`) driven only with
//! `int32_t` arguments, the way a host with 32-bit call slots uses it:
//! strings go in through `mvtls_buf_append` words, results come back
//! through `mvtls_buf_next8`.

use super::*;
use crate::codes::*;
use std::thread;

/// Packs `s` into append words and appends it in 192-byte pieces.
fn put(buf: i32, s: &[u8]) {
    for piece in s.chunks(MVTLS_BUF_APPEND_MAX as usize) {
        let mut w = [0i32; 48];
        for (k, c) in piece.chunks(4).enumerate() {
            let mut b = [0u8; 4];
            b[..c.len()].copy_from_slice(c);
            w[k] = i32::from_le_bytes(b);
        }
        let before = mvtls_buf_len(buf);
        let n = mvtls_buf_append(
            buf,
            piece.len() as i32,
            w[0],
            w[1],
            w[2],
            w[3],
            w[4],
            w[5],
            w[6],
            w[7],
            w[8],
            w[9],
            w[10],
            w[11],
            w[12],
            w[13],
            w[14],
            w[15],
            w[16],
            w[17],
            w[18],
            w[19],
            w[20],
            w[21],
            w[22],
            w[23],
            w[24],
            w[25],
            w[26],
            w[27],
            w[28],
            w[29],
            w[30],
            w[31],
            w[32],
            w[33],
            w[34],
            w[35],
            w[36],
            w[37],
            w[38],
            w[39],
            w[40],
            w[41],
            w[42],
            w[43],
            w[44],
            w[45],
            w[46],
            w[47],
        );
        assert_eq!(n, before + piece.len() as i32, "{}", err_text());
    }
}

/// A new buffer holding `s`.
fn buf_of(s: &[u8]) -> i32 {
    let b = mvtls_buf_new();
    assert!(b > 0, "{}", err_text());
    put(b, s);
    b
}

/// Everything in `buf` from the start, read back 8 bytes at a time.
fn take(buf: i32) -> Vec<u8> {
    let n = mvtls_buf_len(buf);
    assert!(n >= 0);
    assert_eq!(mvtls_buf_seek(buf, 0), 0);
    let mut out = Vec::new();
    while out.len() < n as usize {
        out.extend_from_slice(&mvtls_buf_next8(buf).to_le_bytes());
    }
    out.truncate(n as usize);
    out
}

fn text_of(buf: i32) -> String {
    String::from_utf8(take(buf)).unwrap()
}

#[test]
fn append_and_read_back_every_byte() {
    let b = mvtls_buf_new();
    let all: Vec<u8> = (0..=255u8).chain(0..=255u8).chain([7]).collect();
    put(b, &all);
    assert_eq!(mvtls_buf_len(b), all.len() as i32);
    assert_eq!(take(b), all);
    // next4 and zero padding past the end
    assert_eq!(mvtls_buf_seek(b, 510), 0);
    assert_eq!(mvtls_buf_next4(b), i32::from_le_bytes([254, 255, 7, 0]));
    assert_eq!(mvtls_buf_next8(b), 0);
    assert_eq!(mvtls_buf_clear(b), 0);
    assert_eq!(mvtls_buf_len(b), 0);
    assert_eq!(mvtls_buf_free(b), 0);
}

#[test]
fn bad_buffers_counts_and_positions_set_status() {
    let b = mvtls_buf_new();
    assert_eq!(
        mvtls_buf_append(
            b, 193, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        ),
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(
        mvtls_buf_append(
            b, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        ),
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert!(err_text().contains("out of range"), "{}", err_text());
    put(b, b"abc");
    assert_eq!(mvtls_buf_seek(b, 4), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(mvtls_buf_seek(b, -1), -1);
    assert_eq!(mvtls_buf_free(b), 0);
    for h in [0, -5, b, 12345] {
        assert_eq!(mvtls_buf_len(h), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE, "{h}");
        assert_eq!(mvtls_buf_free(h), -1);
        assert_eq!(mvtls_pf_read(h, 1, 10, 0), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE, "{h}");
    }
    // next8 of an unknown buffer: 0, status untouched
    assert_eq!(mvtls_buf_next8(b), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    let ctx = mvtls_pf_client_context_new(0);
    assert!(ctx > 0);
    assert_eq!(mvtls_buf_len(ctx), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
    let b2 = mvtls_buf_new();
    assert_eq!(mvtls_pf_read(b2, ctx, 10, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
    assert_eq!(mvtls_pf_read(b2, ctx, 0, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(mvtls_context_free(ctx), 0);
    assert_eq!(mvtls_buf_free(b2), 0);
}

#[test]
fn error_text_into_a_buffer_keeps_the_status() {
    let b = mvtls_buf_new();
    assert_eq!(mvtls_close(0), -1);
    let n = mvtls_buf_error_text(b);
    assert!(n > 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    let want = err_text();
    assert_eq!(n as usize, want.len());
    assert_eq!(text_of(b), want);
    assert_eq!(mvtls_close(0), -1);
    assert_eq!(mvtls_buf_error_text(0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    mvtls_buf_free(b);
}

#[test]
fn tls_server_and_client_through_buffers_only() {
    let d = certs("pf", "localhost,127.0.0.1");
    let path = |n: &str| buf_of(d.join(n).to_str().unwrap().as_bytes());
    let (cert, key, opts) = (
        path("server.pem"),
        path("server-key.pem"),
        buf_of(b"ALPN=http/1.1"),
    );
    let sctx = mvtls_pf_server_context_new(cert, key, opts);
    assert!(sctx > 0, "{}", err_text());
    let addr = buf_of(b"127.0.0.1");
    let l = mvtls_pf_listen(addr, 0, 0, 0, sctx);
    assert!(l > 0, "{}", err_text());
    let out = mvtls_buf_new();
    let n = mvtls_pf_info(out, l, MVTLS_INFO_LOCAL_PORT);
    let port: i32 = text_of(out).parse().unwrap();
    assert_eq!(n as usize, port.to_string().len());

    let copts = buf_of(format!("CA={};ALPN=http/1.1", d.join("ca.pem").display()).as_bytes());
    let cctx = mvtls_pf_client_context_new(copts);
    assert!(cctx > 0, "{}", err_text());
    let client = thread::spawn(move || {
        let host = buf_of(b"localhost");
        let c = mvtls_pf_connect(host, port, 5000, cctx);
        assert!(c > 0, "{}", err_text());
        let msg = buf_of(b"GET / HTTP/1.1\r\n\r\n\0\xff");
        assert_eq!(mvtls_pf_write(msg, c, 5000), 20);
        let got = mvtls_buf_new();
        let n = mvtls_pf_read(got, c, 65536, 5000);
        assert!(n > 0);
        let mut all = take(got);
        while all.len() < 70_000 {
            let k = mvtls_pf_read(got, c, 65536, 5000);
            assert!(k > 0, "{}", err_text());
            all.extend(take(got));
        }
        mvtls_close(c);
        all
    });
    let s = mvtls_accept(l, 5000);
    assert!(s > 0, "{}", err_text());
    let req = mvtls_buf_new();
    let mut got = Vec::new();
    while got.len() < 20 {
        assert!(mvtls_pf_read(req, s, 100, 5000) > 0);
        got.extend(take(req));
    }
    assert_eq!(got, b"GET / HTTP/1.1\r\n\r\n\0\xff");
    assert_eq!(mvtls_pf_info(out, s, MVTLS_INFO_ALPN), 8);
    assert_eq!(text_of(out), "http/1.1");

    // The bulk path: a file, sent whole and in ranges.
    let body: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
    let f = d.join("body.bin");
    std::fs::write(&f, &body).unwrap();
    let fb = buf_of(f.to_str().unwrap().as_bytes());
    assert_eq!(mvtls_pf_write_file(fb, s, 0, 10, 5000), 10);
    assert_eq!(mvtls_pf_write_file(fb, s, 10, -1, 5000), 69_990);
    // ranges beyond the end, missing files: nothing is sent
    assert_eq!(mvtls_pf_write_file(fb, s, 70_001, -1, 5000), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(mvtls_pf_write_file(fb, s, 69_000, 1001, 5000), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert!(err_text().contains("beyond the end"), "{}", err_text());
    assert_eq!(mvtls_pf_write_file(fb, s, -1, 1, 5000), -1);
    let missing = buf_of(d.join("nope.bin").to_str().unwrap().as_bytes());
    assert_eq!(mvtls_pf_write_file(missing, s, 0, -1, 5000), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_FILE);
    assert_eq!(client.join().unwrap(), body);
    // the client closed: end of stream is 0 with 7013
    assert_eq!(mvtls_pf_read(req, s, 100, 5000), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_CLOSED);

    for h in [s, l] {
        assert_eq!(mvtls_close(h), 0);
    }
    for c in [sctx, cctx] {
        assert_eq!(mvtls_context_free(c), 0);
    }
    for b in [cert, key, opts, addr, out, copts, req, fb, missing] {
        assert_eq!(mvtls_buf_free(b), 0);
    }
}

#[test]
fn poll_with_int_arrays_and_text_lists() {
    let (l, port) = listen(0);
    let (c1, st, t) = connect("127.0.0.1", port, 5000, 0);
    assert!(c1 > 0, "{st} {t}");
    let s1 = mvtls_accept(l, 5000);
    let (c2, _, _) = connect("127.0.0.1", port, 5000, 0);
    let s2 = mvtls_accept(l, 5000);
    assert!(s1 > 0 && s2 > 0);

    let arr: Vec<u8> = [s1, s2].iter().flat_map(|h| h.to_le_bytes()).collect();
    let hs = buf_of(&arr);
    let ready = mvtls_buf_new();
    assert_eq!(mvtls_pf_poll(ready, hs, 50), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    write_all(c2, b"x");
    assert_eq!(mvtls_pf_poll(ready, hs, 5000), 1);
    assert_eq!(mvtls_buf_next4(ready), 0);
    assert_eq!(mvtls_buf_next4(ready), 1);

    // text list: empty entries count as positions
    let fm = 254;
    let mut list = Vec::new();
    for (k, h) in ["", &s1.to_string(), "", &s2.to_string(), &l.to_string()]
        .iter()
        .enumerate()
    {
        if k > 0 {
            list.push(fm as u8);
        }
        list.extend_from_slice(h.as_bytes());
    }
    let lb = buf_of(&list);
    write_all(c1, b"y");
    let (_, _, _) = connect("127.0.0.1", port, 5000, 0);
    let n = mvtls_pf_poll_list(ready, lb, fm, 5000);
    assert!(n >= 2, "{}", err_text());
    let got = take(ready);
    let positions: Vec<&[u8]> = got.split(|&b| b == fm as u8).collect();
    assert!(
        positions.contains(&&b"2"[..]) && positions.contains(&&b"4"[..]),
        "{got:?}"
    );

    // bad lists
    let bad = buf_of(b"12\xfeabc");
    assert_eq!(mvtls_pf_poll_list(ready, bad, fm, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert!(err_text().contains("entry 2"), "{}", err_text());
    let empty = buf_of(b"\xfe\xfe");
    assert_eq!(mvtls_pf_poll_list(ready, empty, fm, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(mvtls_pf_poll_list(ready, lb, 256, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    let odd = buf_of(b"abc");
    assert_eq!(mvtls_pf_poll(ready, odd, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    let stale = buf_of(b"99999");
    assert_eq!(mvtls_pf_poll_list(ready, stale, fm, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);

    for h in [c1, c2, s1, s2, l] {
        mvtls_close(h);
    }
    for b in [hs, ready, lb, bad, empty, odd, stale] {
        assert_eq!(mvtls_buf_free(b), 0);
    }
}

#[test]
fn dev_certs_and_bad_text_through_buffers() {
    let dir = crate::devcert::tests_tmpdir("pfdev");
    let db = buf_of(dir.to_str().unwrap().as_bytes());
    assert_eq!(mvtls_pf_dev_certs_write(db, 0), 0, "{}", err_text());
    assert!(dir.join("server.pem").exists());
    let sctx = {
        let c = buf_of(dir.join("server.pem").to_str().unwrap().as_bytes());
        let k = buf_of(dir.join("server-key.pem").to_str().unwrap().as_bytes());
        let h = mvtls_pf_server_context_new(c, k, 0);
        assert!(h > 0, "{}", err_text());
        assert_eq!(
            mvtls_pf_server_context_add_cert(h, c, k),
            0,
            "{}",
            err_text()
        );
        mvtls_buf_free(c);
        mvtls_buf_free(k);
        h
    };
    let latin = buf_of(b"caf\xe9");
    assert_eq!(mvtls_pf_client_context_new(latin), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert!(err_text().contains("UTF-8"), "{}", err_text());
    let nohost = buf_of(b"");
    assert_eq!(mvtls_pf_connect(nohost, 1, 100, 0), 0);
    assert_ne!(mvtls_status(), 0);
    mvtls_context_free(sctx);
    for b in [db, latin, nohost] {
        mvtls_buf_free(b);
    }
}

#[test]
fn load_a_file_into_a_buffer_and_checksum_it() {
    let dir = crate::devcert::tests_tmpdir("pfload");
    let f = dir.join("data.bin");
    let data: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 256) as u8).collect();
    std::fs::write(&f, &data).unwrap();
    let path = buf_of(f.to_str().unwrap().as_bytes());
    let b = buf_of(b"old contents");
    assert_eq!(mvtls_pf_buf_load_file(b, path, 0, -1), 100_000);
    assert_eq!(take(b), data);
    assert_eq!(mvtls_buf_crc32(b), crate::crc32::crc32(&data) as i32);
    assert_eq!(mvtls_pf_buf_load_file(b, path, 99_990, 10), 10);
    assert_eq!(take(b), &data[99_990..]);
    // a range beyond the end, a missing file: the buffer keeps its bytes
    assert_eq!(mvtls_pf_buf_load_file(b, path, 99_990, 11), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    let missing = buf_of(b"/nonexistent/file");
    assert_eq!(mvtls_pf_buf_load_file(b, missing, 0, -1), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_FILE);
    assert_eq!(take(b), &data[99_990..]);
    let hello = buf_of(b"hello");
    assert_eq!(mvtls_buf_crc32(hello) as u32, 0x3610_A686);
    assert_eq!(mvtls_buf_crc32(0), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    for x in [path, b, missing, hello] {
        mvtls_buf_free(x);
    }
}

#[test]
fn event_loop_calls_through_buffers() {
    let (l, port) = listen(0);
    let (c, st, t) = connect("127.0.0.1", port, 5000, 0);
    assert!(c > 0, "{st} {t}");
    let s = mvtls_accept(l, 5000);
    assert!(s > 0);
    let hs = buf_of(
        &[s, c]
            .iter()
            .flat_map(|h| h.to_le_bytes())
            .collect::<Vec<u8>>(),
    );
    let evs = buf_of(
        &[MVTLS_POLL_READ, MVTLS_POLL_WRITE]
            .iter()
            .flat_map(|h| h.to_le_bytes())
            .collect::<Vec<u8>>(),
    );
    let rev = mvtls_buf_new();
    // nothing to read on s; c can be written
    assert_eq!(
        mvtls_pf_poll_events(rev, hs, evs, 5000),
        1,
        "{}",
        err_text()
    );
    assert_eq!(mvtls_buf_next4(rev), 0);
    assert_eq!(mvtls_buf_next4(rev) & MVTLS_POLL_WRITE, MVTLS_POLL_WRITE);
    // write_some from the cursor, until the buffer is used up
    let data: Vec<u8> = (0..5000u32).map(|i| (i % 256) as u8).collect();
    let b = buf_of(&data);
    let mut sent = 0;
    while sent < data.len() {
        let n = mvtls_pf_write_some(b, c);
        assert!(n > 0, "write_some: {n} {}", err_text());
        sent += n as usize;
    }
    assert_eq!(mvtls_pf_write_some(b, c), 0);
    assert_eq!(mvtls_status(), 0);
    assert_eq!(mvtls_flush(c, 5000), 0);
    assert_eq!(read_exact(s, data.len()), data);
    // mismatched arrays
    let one = buf_of(&s.to_le_bytes());
    assert_eq!(mvtls_pf_poll_events(rev, hs, one, 0), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    for h in [s, c, l] {
        mvtls_close(h);
    }
    for x in [hs, evs, rev, b, one] {
        mvtls_buf_free(x);
    }
}
