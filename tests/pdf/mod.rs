//! A small PDF for the importer's tests, written by hand (no PDF library): what `make import
//! PDF=…` reads with pdftotext.

/// A PDF of these pages, written by hand: each page's lines in Helvetica (a standard Type1 font,
/// which every reader has), top to bottom; an empty line is a paragraph break (a gap pdftotext
/// prints as a blank line). The quotes and dashes the newsletter uses go by WinAnsiEncoding.
pub fn pdf_of(pages: &[&[&str]]) -> Vec<u8> {
    let encode = |line: &str| -> Vec<u8> {
        let mut out = Vec::new();
        for c in line.chars() {
            let byte = match c {
                '’' => 0x92,
                '“' => 0x93,
                '”' => 0x94,
                '–' => 0x96,
                '(' | ')' | '\\' => {
                    out.push(b'\\');
                    c as u8
                }
                c if c.is_ascii() && !c.is_ascii_control() => c as u8,
                c => panic!("{c:?} is not in this test's WinAnsiEncoding"),
            };
            out.push(byte);
        }
        out
    };
    // 1 the catalog, 2 the page tree, 3 the font, then each page and its content stream.
    let page_ids: Vec<usize> = (0..pages.len()).map(|i| 4 + 2 * i).collect();
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (page, id) in pages.iter().zip(&page_ids) {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
                 /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                id + 1
            )
            .into_bytes(),
        );
        let mut content = b"BT\n/F1 9 Tf\n".to_vec();
        let mut y = 760;
        for line in page.iter() {
            if line.is_empty() {
                y -= 20;
                continue;
            }
            content.extend(format!("1 0 0 1 30 {y} Tm\n(").as_bytes());
            content.extend(encode(line));
            content.extend(b") Tj\n");
            y -= 11;
        }
        assert!(y > 30, "a page of the test PDF runs off the paper");
        content.extend(b"ET\n");
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(content);
        stream.extend(b"\nendstream");
        objects.push(stream);
    }
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend(object);
        pdf.extend(b"\nendobj\n");
    }
    let xref = pdf.len();
    // Each entry exactly 20 bytes, as the format wants.
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// A small newsletter in the seed issue's layout, its text taken from the seed: the Takeaways
/// (each article's title, then its summary) on the cover, then three articles, each a title
/// above its hashtags, one with a title on two lines.
pub fn small_newsletter() -> Vec<u8> {
    let cover: &[&str] = &[
        "China Introduces the Data Security Law, to Be Implemented in September",
        "On 10 June 2021, the Data Security Law (DSL) was passed by the National People’s Congress Standing Committee. It will be",
        "effective as of 1 September 2021, leaving a very short window for companies to take the necessary measures to adapt to the",
        "new data security regime, indicating the country’s intention to improve the regulations on data security.",
        "",
        "China Plans to Deepen 5G Application",
        "On 5 July 2021, the Ministry of Industry and Information Technology (MIIT) published the Action Plan for 5G Application",
        "alongside another 9 ministries including the Cyberspace Administration of China, the National Development and Reform",
        "Commission, and the Ministry of Commerce and Ministry of Housing and Urban-Rural Development.",
        "",
        "Takeaways",
    ];
    let law: &[&str] = &[
        "China Introduces the Data Security Law, to Be Implemented in",
        "September 2021",
        "#Data security",
        "",
        "On 10 June 2021, the Data Security Law (DSL) was passed by the National People’s Congress Standing Committee.",
        "It will be effective as of 1 September 2021, leaving a very short window for companies to take the necessary",
        "measures to adapt to the new data security regime. The enactment of the DSL only took a little more than one",
        "year, with two rounds of reviews by China’s top legislative body and public comments in June 2020 and April 2021,",
        "indicating the country’s intention to improve the regulations on data security.",
        "",
        "Most part of the content of the final version of the DSL is consistent with the previous second draft. Still, there",
        "are some changes which may have a significant impact on the operations of enterprises, both in China and",
        "globally.",
    ];
    let networks: &[&str] = &[
        "China Plans to Deepen 5G Application",
        "#5G",
        "",
        "On 5 July 2021, the Ministry of Industry and Information Technology (MIIT) published the Action Plan",
        "for 5G Application alongside another 9 ministries including the Cyberspace Administration of China, the National",
        "Development and Reform Commission, and the Ministry of Commerce and Ministry of Housing and Urban-Rural",
        "Development.",
        "",
        "China Speeding up Large-scale Application of IPv6",
        "#IPv6 #",
        "",
        "On 27 July 2021, the Cyberspace Administration of China (CAC) released the Notice on Accelerating",
        "the Large-scale Deployment and Application of Internet Protocol Version 6 (IPv6). The biggest problem with IPv4",
        "is the lack of network address resources, which seriously restricts the application and development of the Internet.",
    ];
    pdf_of(&[cover, law, networks])
}
