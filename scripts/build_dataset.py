#!/usr/bin/env python3
"""Builds public/data/articles.json from the newsletter's PDF text.

The seed is the raw text extracted from the PDF: page numbers, repeated URLs, broken columns,
bullets that survive only as a leading space, hashtags spelled three ways. Each article below
names the seed lines of its body; the generic cleaner re-joins paragraphs across line, column
and page breaks and turns bullets and numbered items into lists. What it cannot know (tables,
headings, sub-lists, a sentence that strayed in from another article) is stated per article,
next to the lines it concerns, so the whole path from seed to JSON can be read and re-run:

    python3 scripts/build_dataset.py [path/to/seed.txt]

`make test` re-runs it and fails if the committed JSON differs from what it produces.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2f23be253f1a08a5.txt"
OUT = ROOT / "public" / "data" / "articles.json"

BULLET = re.compile(r"^ {1,2}(?=\S)")  # a PDF bullet glyph survives as one leading space
NUMBERED = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
ROMAN = re.compile(r"^(i{1,3}|iv|v)\)\s*(\S.*)$")
PAGE_NUMBER = re.compile(r"^\s*\d{1,2}\.\s*$")  # "14." alone; "1996." ends a sentence
URL_LINE = re.compile(r"^\s*(%20)?(Source:\s*)?https?:/")
TERMINAL = (".", ":", ";", "!", "?", "”", '"')

# Typos and extraction glitches in the running text, fixed wherever they occur.
TEXT_FIXES = [
    ("Anew term", "A new term"),
    ("revisedMeasures", "revised Measures"),
    ("+industrial intenrent", "+ industrial internet"),
    ("Dr, Betty Xu", "Dr. Betty Xu"),
    ("i)improving", "i) improving"),
    ("(ESTI)", "(ETSI)"),
    ("Internet’ technical standards”.", "Internet’ technical standards."),
    ("to” inspection and test requirements”, ” inspection and test methods” and ” inspection "
     "and test technologies”",
     "to “inspection and test requirements”, “inspection and test methods” and “inspection "
     "and test technologies”"),
    ("the ” intelligent factory construction”", "the “intelligent factory construction”"),
    ("10:00- 11:00 am", "10:00–11:00 am"),
    ("2035-Some Updates", "2035 – Some Updates"),
]


def seed_lines(path):
    text = path.read_text(encoding="utf-8")
    return [""] + text.split("\n")  # 1-based, like `sed -n` and `grep -n`


def join_lines(a, b):
    """Re-joins a line break: a hyphen at the end of a line is a word break, not a space."""
    if not a:
        return b
    if a.endswith("-") and not a.endswith(" -") and b[:1].islower():
        return a + b
    return a + " " + b


def clean(text):
    text = re.sub(r"\s+", " ", text).strip()
    for wrong, right in TEXT_FIXES:
        text = text.replace(wrong, right)
    return text


def parse(lines, skip=(), headings=None, breaks=(), patch=None):
    """Blocks from seed lines: paragraphs, and lists from bullets and numbered items.

    A blank line ends a block only when the text before it ends a sentence; otherwise it was a
    column or page break in the middle of one, and the text goes on. What the text cannot tell
    is given by line number: `headings` (line -> heading text), `breaks` (lines that start a new
    paragraph whatever precedes them) and `patch` (line -> corrected text).
    """
    headings = headings or {}
    patch = patch or {}
    blocks = []
    current = None  # ("p", text) or ("ul"/"ol", [items])
    pending_break = False
    # The first line of a page (after its page number, or after the URL footnotes the PDF
    # prints there) carries one extra leading space that is not a bullet.
    page_start = True

    def flush():
        nonlocal current
        if current:
            blocks.append(current)
        current = None

    for number, raw in lines:
        raw = patch.get(number, raw)
        if number in headings:
            flush()
            blocks.append(("h", headings[number]))
            pending_break = False
            continue
        if number in skip or PAGE_NUMBER.match(raw) or URL_LINE.match(raw):
            page_start = True
            continue
        if not raw.strip():
            pending_break = True
            continue
        line = raw.rstrip()
        if page_start and line.startswith(" "):
            line = line[1:]
        page_start = False
        bullet = BULLET.match(line) and not line.startswith("   ")
        numbered = NUMBERED.match(line.strip()) or ROMAN.match(line.strip())
        if bullet or numbered:
            kind = "ol" if numbered and not bullet else "ul"
            item = numbered.group(2) if numbered and not bullet else line.strip()
            if current and current[0] == kind:
                current[1].append(item)
            else:
                flush()
                current = (kind, [item])
            pending_break = False
            continue
        previous = current[1][-1] if current and current[0] != "p" else (current[1] if current else "")
        continues = current is not None and number not in breaks and (
            not pending_break or not previous.endswith(TERMINAL))
        if continues:
            if current[0] == "p":
                current = ("p", join_lines(current[1], line.strip()))
            else:
                current[1][-1] = join_lines(current[1][-1], line.strip())
        else:
            flush()
            current = ("p", line.strip())
        pending_break = False
    flush()

    out = []
    for kind, content in blocks:
        if kind == "h":
            out.append(heading(content))
        elif kind == "p":
            out.append({"type": "paragraph", "text": clean(content)})
        else:
            out.append({"type": "list", "ordered": kind == "ol",
                        "items": [clean(i) for i in content]})
    return out


def heading(text):
    return {"type": "heading", "text": text}


def para(text):
    return {"type": "paragraph", "text": clean(text)}


def first_sentences(blocks, limit=400):
    """The opening sentence or two, without one that only announces what follows."""
    text = next(b["text"] for b in blocks if b["type"] == "paragraph")
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“])", text)
    summary = sentences[0]
    for s in sentences[1:]:
        if s.endswith(":") or len(summary) + len(s) + 1 > limit:
            break
        summary += " " + s
    return summary


def ev(id, title, kind, start, end=None, **extra):
    e = {"id": id, "title": title, "kind": kind, "start": start}
    if end:
        e["end"] = end
    e.update(extra)
    return e


def link(url, label):
    return {"url": url, "label": label}


def articles(L):
    """Every article of the issue, in the order the newsletter prints them."""
    def body(a, b, **known):
        return parse([(n, L[n]) for n in range(a, b + 1)], **known)

    def takeaway(a, b):
        """The newsletter's own summary, from the "Takeaways" at its start."""
        return first_sentences([para(" ".join(L[a:b + 1]))])

    out = []

    # ---------------------------------------------------------------- Standardization
    out.append(dict(
        id="cen-cenelec-qingdao-forum-2021",
        title="CEN-CENELEC Presented at the 2021 Qingdao Forum on International Standardization",
        section="Standardization", date="2021-07-27", tags=["CEN-CENELEC"],
        summary=takeaway(3, 6),
        body=body(47, 71),
        links=[],
        events=[ev("qingdao-forum-2021", "2021 Qingdao Forum on International Standardization",
                   "meeting", "2021-07-27", "2021-07-28",
                   location="Qingdao, Shandong (offline-online hybrid)"),
                ev("cen-cenelec-strategy-2030", "CEN and CENELEC strategy 2030 adopted",
                   "publication", "2020-11")],
    ))

    out.append(dict(
        id="sesec-cnca-conformity-assessment-training",
        title="SESEC Expert Participates in Training for CNCA on the EU’s Conformity Assessment System",
        section="Standardization", date="2021-07-16", tags=["Conformity Assessment", "Training"],
        body=body(77, 108),
        links=[],
        events=[ev("cnca-lecture-hall-quality-certification",
                   "CNCA Lecture Hall on Quality Certification: the European conformity "
                   "assessment system (Dr. Betty Xu)", "training", "2021-07-16")],
    ))

    # The participant list breaks its items over the column; the generic cleaner re-joins them.
    out.append(dict(
        id="etsi-ccsa-executive-meeting",
        title="SESEC Attended the ETSI-CCSA Executive Meeting on Global Standardisation "
              "Partnership Project",
        section="Standardization", date="2021-06-21", tags=["ETSI"],
        body=body(115, 188, breaks={183}),
        links=[],
        events=[ev("etsi-ccsa-executive-meeting-2021", "ETSI-CCSA executive meeting: new "
                   "Cooperation Agreement signed", "meeting", "2021-06-21")],
    ))

    out.append(dict(
        id="sesec-eu-china-standardization-systems",
        title="SESEC Expert Compares Standardization Systems in the EU and China",
        section="Standardization", date="2021-06-16", tags=["Standardization Systems"],
        body=body(194, 216),
        links=[],
        events=[ev("kommerskollegium-webinar-china", "Webinar “China: regulations, standards, "
                   "innovation and trade” (National Board of Trade Sweden)", "webinar",
                   "2021-06-16", location="Online")],
    ))

    # The table of mirror organisations is broken across columns and a page: given whole here.
    mirror_rows = [
        ["1", "ISO/TC20/SC17", "Airport Infrastructure",
         "China Academy of Civil Aviation Science and Technology"],
        ["2", "ISO/TC35/SC16", "Chemical Analysis",
         "Changzhou Coating Chemical Research Institute of China National Offshore Oil Corporation"],
        ["3", "ISO/TC51", "Pallets for unit load method of materials handling",
         "China Federation of Logistics & Purchasing"],
        ["4", "ISO/TC71/SC4", "Performance requirements for structural concrete",
         "China Academy of Building Research"],
        ["5", "ISO/TC71/SC8", "Environmental management for concrete and concrete structures",
         "China Academy of Building Research"],
        ["6", "ISO/TC107/SC9", "Physical vapor deposition coatings",
         "Wuhan Research Institute of Materials Protection"],
        ["7", "ISO/TC148", "Sewing machines", "China Sewing Machinery Association"],
        ["8", "ISO/TC149", "Cycles", "China Bicycle Association"],
        ["9", "ISO/TC149/SC1", "Cycles and major sub-assemblies", "China Bicycle Association"],
        ["10", "ISO/TC186", "Cutlery and table and decorative metal hollow-ware",
         "China Daily Hardware Technology Development Center"],
        ["11", "ISO/TC260", "Human resource management",
         "China Association for Professional Managers"],
        ["12", "ISO/TC316", "Water efficient products – Rating",
         "China National Institute of Standardization"],
        ["13", "ISO/TC321", "Transaction assurance in E-commerce",
         "Hangzhou Institute of Standardization (Hangzhou International Exchange Center for "
         "Standardization)"],
        ["14", "ISO/TC322", "Sustainable finance", "China National Institute of Standardization"],
        ["15", "ISO/TC329", "Consumer incident investigation guideline",
         "China National Institute of Standardization"],
        ["16", "ISO/TC331", "Biodiversity", "China National Institute of Standardization"],
        ["17", "ISO/TC333", "Lithium",
         "China Nonferrous Metals Industry Standard Measurement and Quality Research Institute"],
    ]
    out.append(dict(
        id="sac-17-iso-mirror-technical-organisations",
        title="SAC Approves 17 ISO Mirror Technical Organisations in China",
        section="Standardization", date="2021-06-17", tags=["SAC", "ISO"],
        body=body(221, 223) + [{"type": "table",
                                "columns": ["No.", "TC Number", "Name",
                                            "Mirror Technical Organisation"],
                                "rows": mirror_rows}],
        links=[],
        events=[ev("sac-iso-mirror-list", "SAC publishes the list of 17 ISO mirror technical "
                   "organisations", "publication", "2021-06-17")],
    ))

    automotive = body(309, 439)
    automotive = [b for b in automotive
                  if not (b["type"] == "paragraph" and b["text"].startswith("SESEC translated"))]
    automotive.append(para("SESEC translated the document: see the link below for the Key "
                           "Points of Automotive Standardization in 2021."))
    out.append(dict(
        id="automotive-standardization-key-points-2021",
        title="Key Points of Automotive Standardization Work in 2021",
        section="Standardization", date="2021-06-28", tags=["Automotive Standardization"],
        body=automotive,
        links=[link("https://sesec.eu/wp-content/uploads/2021/07/Key-Points-of-Automotive-"
                    "Standardization-in-20211.pdf",
                    "Key Points of Automotive Standardization in 2021 (SESEC translation, PDF)")],
        events=[ev("miit-automotive-key-points-2021", "MIIT releases the Key Points of "
                   "Automotive Standardization Work in 2021", "publication", "2021-06-28")],
    ))

    out.append(dict(
        id="samr-enterprise-standards-forerunner-2021",
        title="SAMR Determines the Fields for the Enterprise Standards ‘Forerunner’ Evaluation "
              "in 2021",
        section="Standardization", date="2021-06-15", tags=["SAMR"],
        body=body(446, 478),
        links=[],
        events=[ev("samr-forerunner-key-areas-2021", "SAMR issues the Key Areas for the "
                   "Enterprise Standards ‘Forerunner’ system in 2021 (202 items)", "publication",
                   "2021-06-15")],
    ))

    out.append(dict(
        id="sino-german-swg-industrie-4-0",
        title="Meeting of Sino-German Sub-Working Group on Industrie 4.0 / Intelligent "
              "Manufacturing",
        section="Standardization", date="2021-07-13", tags=["Intelligent Manufacturing"],
        body=body(484, 522),
        links=[],
        events=[ev("swg-i40-meeting-2021-07", "Sino-German Sub-Working Group Industrie 4.0 / "
                   "Intelligent Manufacturing meets", "meeting", "2021-07-13"),
                ev("swg-i40-12th-plenary", "12th plenary session of SWG I4.0, at the 9th Annual "
                   "Meeting of the Sino-German Standardization Cooperation Commission (expected)",
                   "meeting", "2021-11")],
    ))

    # ---------------------------------------------------------------- Laws and Regulations
    # Lines 586-590 ("The full list of the 67 legislative items … t20210401_327476.html") and the
    # SAMR URL pair after them belong to an article of an earlier issue, not this one: dropped.
    out.append(dict(
        id="railway-radio-management-measures",
        title="China Updates Railway Radio Management Measures",
        section="Laws and Regulations", date="2021-06-30", tags=["Railway Radio"],
        body=body(527, 585),
        links=[link("https://www.miit.gov.cn/jgsj/wgj/wjfb/art/2021/"
                    "art_ce7f0a04a36349d0bf9dba0da4742ce6.html",
                    "Measures for the Administration of Railway Radio (MIIT, in Chinese)"),
               link("http://www.gov.cn/zhengce/content/2016-11/25/content_5137687.htm",
                    "Radio Regulation of the People’s Republic of China (in Chinese)")],
        events=[ev("railway-radio-measures-published", "MIIT and the Ministry of Transport "
                   "publish the updated Measures for the Administration of Railway Radio",
                   "publication", "2021-06-30"),
                ev("railway-radio-measures-effective", "Measures for the Administration of "
                   "Railway Radio take effect", "effective", "2021-10-01")],
    ))

    # The five pillars print as a numbered name, a blank line, then their explanation: the
    # cleaner joins the two, and the name gets its colon back below.
    pillars = ["Data categorisation and classification",
               "Data security risk assessment, report, information sharing and rapid alert",
               "Data security emergency handling", "Data security review", "Data export control"]
    dsl = body(607, 693,
               headings={617: "Main changes", 635: "Highlights", 637: "Data Security Regime",
                         664: "Cross-border Data Transfer", 678: "Analysis"},
               patch={662: L[662].strip(),
                      690: "The translated version of the DSL is available from SESEC (see "
                           "the link below)."})
    for b in dsl:
        if b["type"] == "list" and b["ordered"]:
            b["items"] = [next((name + ": " + item[len(name) + 1:] for name in pillars
                                if item.startswith(name + " ")), item) for item in b["items"]]
    out.append(dict(
        id="data-security-law",
        title="China Introduces the Data Security Law, to Be Implemented in September 2021",
        section="Laws and Regulations", date="2021-06-10", tags=["Data Security"],
        summary=takeaway(9, 11),
        body=dsl,
        links=[link("https://sesec.eu/wp-content/uploads/2021/06/DSL.pdf",
                    "Data Security Law, English translation (SESEC, PDF)")],
        events=[ev("dsl-draft-comments-2020", "Data Security Law: first draft open for public "
                   "comments", "consultation", "2020-06"),
                ev("dsl-draft-comments-2021", "Data Security Law: second draft open for public "
                   "comments", "consultation", "2021-04"),
                ev("dsl-passed", "Data Security Law passed by the NPC Standing Committee",
                   "publication", "2021-06-10"),
                ev("dsl-effective", "Data Security Law takes effect", "effective",
                   "2021-09-01")],
    ))

    # ---------------------------------------------------------------- Cybersecurity
    out.append(dict(
        id="cybersecurity-review-measures-revision",
        title="China Revises Its Measures for Cybersecurity Review",
        section="Cybersecurity", date="2021-07-10", tags=["Cybersecurity"],
        summary=takeaway(14, 15),
        body=body(700, 729, patch={727: "The full text of the revised Measures for "
                                                "Cybersecurity Review is available from CAC "
                                                "(see the link below)."}),
        links=[link("http://www.cac.gov.cn/2021-07/10/c_1627503724456684.htm",
                    "Revised Measures for Cybersecurity Review, draft (CAC, in Chinese)")],
        events=[ev("cybersecurity-review-measures-effective-2020", "Measures for Cybersecurity "
                   "Review (current version) in force", "effective", "2020-06-01"),
                ev("cybersecurity-review-revision-comments", "Revised Measures for "
                   "Cybersecurity Review: public comment period", "consultation", "2021-07-10",
                   "2021-07-25")],
    ))

    out.append(dict(
        id="cybersecurity-industry-action-plan",
        title="A New Plan for China’s Cybersecurity Industry Development Calls for Comments",
        section="Cybersecurity", date="2021-07-12", tags=["Cybersecurity"],
        body=body(735, 771),
        links=[link("https://www.miit.gov.cn/gzcy/yjzj/art/2021/"
                    "art_34f89fff961b4862bf0c393532e2bf63.html",
                    "Three-year Action Plan for High-quality Development of the Cybersecurity "
                    "Industry, draft (MIIT, in Chinese)"),
               link("https://baike.baidu.com/item/%E7%BD%91%E7%BB%9C%E4%BA%A7%E5%93%81%E5%AE%89"
                    "%E5%85%A8%E6%BC%8F%E6%B4%9E%E7%AE%A1%E7%90%86%E8%A7%84%E5%AE%9A/57980910",
                    "Provisions on the Management of Network Product Security Vulnerability "
                    "(Baidu Baike, in Chinese)")],
        events=[ev("cybersecurity-industry-plan-comments", "Three-year Action Plan for the "
                   "Cybersecurity Industry (2021-2023): public comment period", "consultation",
                   "2021-07-12", "2021-07-16"),
                ev("network-product-vulnerability-provisions", "Provisions on the Management of "
                   "Network Product Security Vulnerability issued", "publication", "2021-07")],
    ))

    # ---------------------------------------------------------------- Information Security
    out.append(dict(
        id="miit-automobile-data-security",
        title="MIIT Strengthens the Supervision of Automobile Data Security",
        section="Information Security", date="2021-06-22", tags=["MIIT", "Data Security"],
        summary=takeaway(21, 24),
        body=body(777, 858),
        links=[],
        events=[ev("iov-online-security-standards-guidelines-comments", "MIIT calls for "
                   "comments on the Guidelines for the Establishment of the IoV Online Security "
                   "Standards System", "consultation", "2021-06-21"),
                ev("iov-network-security-notice-comments", "Notice on Enhancing the Network "
                   "Security of Internet of Vehicles: public comment period", "consultation",
                   "2021-06-22", "2021-07-02")],
    ))

    # ---------------------------------------------------------------- Intelligent Manufacturing
    out.append(dict(
        id="cesi-it-manufacturing-integration",
        title="Integration of New Generation Information Technology and Manufacturing: CESI’s "
              "Standardization Work",
        section="Intelligent Manufacturing", date="2020-06",
        tags=["Information Technology", "Manufacturing"],
        body=body(864, 937),
        links=[link("http://www.cesi.cn/202105/7476.html", "Source (CESI, in Chinese)")],
        events=[ev("reform-commission-14th-meeting", "14th meeting of the Commission for "
                   "Deepening the Reform adopts the Guiding Opinions on integrating new "
                   "generation IT and manufacturing", "meeting", "2020-06")],
    ))

    briefing = body(945, 1086, skip={1054, 1055}, breaks={1048},
                    headings={1053: "Similarities and differences between the “Guidelines for "
                                    "the Construction of the National Intelligent Manufacturing "
                                    "Standard System (2021 Edition)” and the “Guidelines for the "
                                    "Standardization of Industrial Internet (2021 Edition)”"})
    out.append(dict(
        id="intelligent-manufacturing-standard-system-guidelines-2021",
        title="SESEC Policy Briefing – China National Intelligent Manufacturing Standardization "
              "Guideline 2021",
        section="Intelligent Manufacturing", date="2021-07", tags=["Intelligent Manufacturing"],
        body=briefing,
        links=[link("https://sesec.eu/wp-content/uploads/2021/07/210727_MIIT_Guidelines-for-the-"
                    "Construction-of-National-Intelligent-Manufacturing-Standard-System-July-"
                    "2021.pdf",
                    "Guidelines for the Construction of the National Intelligent Manufacturing "
                    "Standard System, translation and 2018/2021 comparison by GIZ (PDF)")],
        events=[ev("im-standard-system-guidelines-comments", "MIIT calls for comments on the "
                   "Guidelines for the Construction of the National Intelligent Manufacturing "
                   "Standard System (2021 Edition)", "consultation", "2021-07"),
                ev("im-standard-system-guidelines-deadline", "Comment deadline: National "
                   "Intelligent Manufacturing Standard System Guidelines (2021 Edition)",
                   "deadline", "2021-08-05"),
                ev("industrial-internet-guidelines-2021-comments", "MIIT calls for comments on "
                   "the Guidelines for the Standardization of Industrial Internet (2021 Edition)",
                   "consultation", "2021-07"),
                ev("industrial-internet-guidelines-2019", "MIIT and SAC publish the Guidelines "
                   "for the Standardization of Industrial Internet", "publication", "2019-01"),
                ev("5g-industrial-internet-standards-2019", "MIIT proposes strengthening "
                   "‘5G + Industrial Internet’ technical standards", "publication", "2019-11"),
                ev("industrial-internet-action-plan-2021-2023", "Action Plan for Industrial "
                   "Internet Innovation and Development (2021-2023) issued", "publication",
                   "2020-12"),
                ev("iot-radio-frequency-guidelines-2021-may", "MIIT releases the Internet of "
                   "Things and Radio Frequency Guidelines (2021 edition)", "publication",
                   "2021-05")],
    ))

    # ---------------------------------------------------------------- Digital Transformation
    data_centers = body(1093, 1125, headings={1097: "Background", 1108: "Goals",
                                              1120: "Conclusion"})
    out.append(dict(
        id="new-data-centers-three-year-plan",
        title="The Three Year Plan for Developing China’s New Data Centers",
        section="Digital Transformation", date="2021-07-04", tags=["Data Centers"],
        body=data_centers,
        links=[],
        events=[ev("data-centers-plan-published", "MIIT releases the Three-year Action Plan for "
                   "the Development of New Data Centers (2021-2023)", "publication",
                   "2021-07-04"),
                ev("data-centers-target-2021", "Data centre target: utilisation above 55%, PUE "
                   "of new large data centres below 1.35 (by the end of 2021)", "deadline",
                   "2021-12"),
                ev("data-centers-target-2023", "Data centre targets for the end of 2023: rack "
                   "growth about 20% a year, utilisation above 60%", "deadline", "2023-12")],
    ))

    # ---------------------------------------------------------------- 5G
    out.append(dict(
        id="5g-energy-sector-implementation-plan",
        title="New Policies Promote 5G Applications in the Energy Sector",
        section="5G", date="2021-06-11", tags=["5G", "5G in Digitalization of Industry"],
        body=body(1132, 1169),
        links=[],
        events=[ev("5g-energy-plan-published", "NDRC, NEA, CAC and MIIT issue the "
                   "Implementation Plan for the Application of 5G in the Energy Sector",
                   "publication", "2021-06-11")],
    ))

    out.append(dict(
        id="5g-application-action-plan",
        title="China Plans to Deepen 5G Application",
        section="5G", date="2021-07-05", tags=["5G"],
        summary=takeaway(27, 29),
        body=body(1174, 1203),
        links=[],
        events=[ev("5g-action-plan-published", "MIIT and nine other ministries publish the "
                   "Action Plan for 5G Application", "publication", "2021-07-05"),
                ev("5g-action-plan-target-2023", "5G targets for the end of 2023: over 40% "
                   "individual users, 18 base stations per 10,000 people", "deadline",
                   "2023-12")],
    ))

    ipv6 = body(1208, 1248, headings={1216: "By 2023", 1227: "By 2025"})
    out.append(dict(
        id="ipv6-large-scale-deployment",
        title="China Speeding up Large-scale Application of IPv6",
        section="5G", date="2021-07-27", tags=["IPv6"],
        body=ipv6,
        links=[],
        events=[ev("ipv6-notice-published", "CAC releases the Notice on Accelerating the "
                   "Large-scale Deployment and Application of IPv6", "publication",
                   "2021-07-27")],
    ))

    # ---------------------------------------------------------------- IoT
    out.append(dict(
        id="miit-radio-frequency-industrial-internet-iot",
        title="MIIT Releases Guidelines on Radio Frequency Usage of Industrial Internet and "
              "Internet of Things",
        section="IoT", date="2021-06-01", tags=["MIIT", "Industrial Internet", "IoT / M2M"],
        body=body(1254, 1301),
        links=[link("https://www.miit.gov.cn/xwdt/gxdt/sjdt/art/2021/"
                    "art_809aa3fa613944caa23d17dcca15bfd8.html", "Source (MIIT, in Chinese)")],
        events=[ev("iiot-radio-frequency-guidelines", "MIIT releases the Guidelines on Radio "
                   "Frequency Usage of Industrial Internet and Internet of Things",
                   "publication", "2021-06-01")],
    ))

    # ---------------------------------------------------------------- ICV
    # Its numbered section titles would otherwise read as a one-item ordered list each.
    icv = body(1311, 1441, headings={1320: "Entry requirements", 1345: "Regulatory dynamics",
                                     1367: "Development of government standards",
                                     1395: "Association standards",
                                     1426: "Internationalization of standards"})
    out.append(dict(
        id="icv-supervision-standardization-2021",
        title="New Developments in Supervision and Standardization of Intelligent Connected "
              "Vehicle in 2021",
        section="ICV", date="2021-07-06", tags=["ICV"],
        body=icv,
        links=[],
        events=[ev("icv2021-symposium", "7th International Symposium on Technologies & "
                   "Standards and Regulations for Intelligent Connected Vehicles (ICV2021)",
                   "meeting", "2021-07-06", "2021-07-08", location="Cangzhou, Hebei"),
                ev("icv-producer-access-guidelines", "MIIT issues the Guidelines for the "
                   "Administration of Access by Intelligent Connected Vehicle Producers and "
                   "Products (Trial Implementation)", "publication", "2021-04"),
                ev("icv-miit-cac-documents", "MIIT and CAC issue documents on IoV identity "
                   "authentication, IoV cards, network security and automobile data security",
                   "publication", "2021-05", "2021-06"),
                ev("automobile-standards-internationalization-centre", "China Automobile "
                   "Standards Internationalization Centre (Geneva) established", "publication",
                   "2021-06")],
    ))

    out.append(dict(
        id="icv-road-test-rules",
        title="Updated Rules to Regulate China’s ICV Road Test",
        section="ICV", date="2021-07-27", tags=["ICV"],
        body=body(1445, 1501),
        links=[],
        events=[ev("icv-road-test-rules-published", "MIIT, MPS and MoT publish the Rules for "
                   "Road Test and Demonstration Application of Intelligent Connected Vehicles "
                   "(Trial)", "publication", "2021-07-27"),
                ev("icv-road-test-rules-effective", "Rules for Road Test and Demonstration "
                   "Application of ICVs take effect", "effective", "2021-09-01")],
    ))

    # ---------------------------------------------------------------- RoHS
    rohs = body(1507, 1526, headings={1519: "Background"},
                patch={1515: "More details on the application and submission method are "
                             "available (in Chinese) from CNCA: see the link below."})
    out.append(dict(
        id="cnca-rohs-expert-group",
        title="CNCA Calls for Membership for the China RoHS Conformity Assessment Technical "
              "Expert Group",
        section="RoHS", date="2021-06-29", tags=["Conformity Assessment", "RoHS"],
        summary="CNCA will establish a technical expert group for China RoHS conformity "
                "assessment. A call for membership for the expert group was launched from June 29 "
                "to July 15, 2021, open to all relevant units engaged in RoHS conformity "
                "assessment.",
        body=rohs,
        links=[link("http://www.cnca.gov.cn/zw/tz/tz2021/202106/t20210629_65182.shtml",
                    "Application details (CNCA, in Chinese)")],
        events=[ev("rohs-expert-group-call", "CNCA call for membership of the China RoHS "
                   "conformity assessment technical expert group", "consultation", "2021-06-29",
                   "2021-07-15")],
    ))

    # ---------------------------------------------------------------- Blockchain
    out.append(dict(
        id="blockchain-guiding-opinions",
        title="New Guiding Opinions to Accelerate Blockchain Development in China Released",
        section="Blockchain", date="2021-06-07", tags=["Blockchain"],
        summary="On 7 June 2021 the Ministry of Industry and Information Technology (MIIT) and the "
                "Cyberspace Administration of China (CAC) jointly issued the Guiding Opinions on "
                "Accelerating and Promoting Blockchain Technology Applications and Industrial "
                "Development, to promote the deep integration of blockchain and the economy.",
        body=body(1533, 1572, patch={1568: L[1568].strip()}, breaks={1568}),
        links=[],
        events=[ev("blockchain-guiding-opinions-issued", "MIIT and CAC issue the Guiding "
                   "Opinions on Accelerating and Promoting Blockchain Technology Applications "
                   "and Industrial Development", "publication", "2021-06-07")],
    ))

    # ---------------------------------------------------------------- Carbon Emission
    # The seed tags this article "#NMPA #Medical Devices", which belong to another topic.
    out.append(dict(
        id="national-carbon-emission-trading-market",
        title="China will Launch its National Carbon Emission Trading Market",
        section="Carbon Emission", date="2021-07-14", tags=["Carbon Emission", "MEE"],
        summary=takeaway(32, 35),
        body=body(1578, 1621, patch={1616: L[1616].strip()}),
        links=[],
        events=[ev("state-council-carbon-market-decision", "State Council executive meeting "
                   "delegates MEE to launch the national carbon emission trading market",
                   "meeting", "2021-07-07"),
                ev("scio-carbon-market-briefing", "State Council Information Office policy "
                   "briefing on the national carbon emission trading market", "meeting",
                   "2021-07-14")],
    ))

    # ---------------------------------------------------------------- Annex
    # The announcement repeats its details twice around the text: given once, as a list.
    webinar = body(1631, 1641)
    webinar += [heading("Detailed information"),
                {"type": "list", "ordered": False, "items": [
                    "Topic: “China Standards 2035 – Some Updates from SESEC”",
                    "Time and Date: 10:00–11:00 am Brussels time, Thursday, 16 September 2021",
                    "Presenters: Dr. Betty XU",
                    "Language: English"]},
                para("Please register your participation to SESEC IV Webinar 29 via the "
                     "registration link below.")]
    out.append(dict(
        id="sesec-webinar-29-china-standards-2035",
        title="SESEC IV Webinar 29: China Standards 2035 – Some Updates from SESEC",
        section="Annex", date="2021-09-16", tags=["China Standards 2035", "Webinar"],
        summary=takeaway(38, 40),
        body=webinar,
        links=[link("https://yxmc.webex.com/yxmc-en/onstage/g.php?"
                    "MTID=ee995b81fea1aa4ec1cdbdb3f572e8e60",
                    "Register for SESEC IV Webinar 29 (Webex)")],
        events=[ev("sesec-webinar-29", "SESEC IV Webinar 29: China Standards 2035 – Some "
                   "Updates from SESEC", "webinar", "2021-09-16", time="10:00",
                   end_time="11:00", timezone="Europe/Brussels", location="Online (Webex)"),
                ev("china-standards-2035-launch", "“China Standards 2035” project officially "
                   "launched", "publication", "2018-03-01"),
                ev("china-standards-2035-conclusion-meeting", "“China Standards 2035” project "
                   "Conclusion Meeting", "meeting", "2020-01-14")],
    ))
    return out


def build(seed_path):
    L = seed_lines(seed_path)
    items = articles(L)
    for a in items:
        if not a.get("summary"):
            a["summary"] = first_sentences(a["body"])
        a["summary"] = clean(a["summary"])
        a["title"] = clean(a["title"])
    keys = ["id", "title", "section", "date", "tags", "summary", "body", "links", "events"]
    return {
        "schema_version": 1,
        "publication": {
            "title": "SESEC IV China Standardization and Technical Regulation Bimonthly "
                     "Newsletter",
            "issue": "June–July 2021",
            "publisher": "SESEC IV – Seconded European Standardization Expert in China",
            "source": "The newsletter’s PDF, as text: shared/seed/000_2f23be253f1a08a5.txt",
        },
        "articles": [{k: a[k] for k in keys} for a in items],
    }


def main():
    args = sys.argv[1:]
    out = OUT
    if "--out" in args:
        at = args.index("--out")
        out = Path(args[at + 1])
        del args[at : at + 2]
    paths = [a for a in args if not a.startswith("--")]
    seed = Path(paths[0]) if paths else SEED
    if not seed.exists():
        # Nothing to rebuild from is a failure, never a silent pass: the check would prove nothing.
        sys.exit(f"seed {seed} not found: lay the project's shared/ folder beside this repository")
    data = build(seed)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}: {len(data['articles'])} articles, "
          f"{sum(len(a['events']) for a in data['articles'])} events")


if __name__ == "__main__":
    main()
