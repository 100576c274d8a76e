/// The board's one style sheet, served from an address that changes with its text, so that
/// browsers may keep it for a year and still never show a page with a stale one; a separate
/// file, not a `<style>` element, so the content security policy needs no inline exception.
enum StyleSheet {
    /// Where pages link to it: `/assets/board-<fingerprint>.css`.
    static let path = "/assets/board-\(fingerprint(text)).css"

    /// The text's FNV-1a 64-bit hash in hex: enough to tell one version of the sheet from the
    /// next (not a defence against anyone).
    static func fingerprint(_ text: String) -> String {
        let hash = text.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    static let text = """
        *{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d2330;background:#f4f5f7}
        .top{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;align-items:center;padding:.6rem 1.2rem;background:#1d2a44;color:#fff}
        .top a{color:#cfe0ff;margin-right:1rem;text-decoration:none}.top a[aria-current]{color:#fff;font-weight:600;text-decoration:underline}
        .top nav{display:flex;flex-wrap:wrap;gap:.2rem 0;max-width:100%}.brand{font-size:1.1rem}.who{margin-left:auto;opacity:.85}.signout button{font:inherit}
        main{padding:1rem 1.2rem}h1{font-size:1.3rem;margin:.2rem 0 .8rem}
        .filters{margin:.3rem 0;font-size:.9rem}.filters a{margin-right:.6rem}.filters a[aria-current]{font-weight:700}
        #capacity{display:flex;flex-wrap:wrap;gap:.6rem 1.6rem;margin:.8rem 0 1rem}
        .capacity{display:flex;align-items:center;gap:.5rem}.bar{width:120px;height:10px;border-radius:5px}.bar .track{fill:#dde1e8}
        .bar .fill{fill:#3b7ddd}.full .bar .fill{fill:#d9534f}.count{font-variant-numeric:tabular-nums}
        #board{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(12rem,100%),1fr));gap:.7rem}
        .column{background:#e8ebf0;border-radius:8px;padding:.5rem}.column h2{font-size:.95rem;margin:.1rem 0 .5rem}
        .column h2 .count,h1 .count{display:inline-block;background:#fff;border-radius:9px;padding:0 .45rem;font-size:.8rem;margin-left:.3rem}
        .card{background:#fff;border-radius:6px;padding:.5rem .6rem;margin-bottom:.5rem;box-shadow:0 1px 2px #0002}
        .card h3{font-size:.95rem;margin:0 0 .2rem;overflow-wrap:anywhere}.card p{margin:0;font-size:.82rem;color:#4a5263}
        .card.paused{background:#f8f9fb;border:1px dashed #8a93a3}.card.mine{border-left:4px solid #3b7ddd}.tag{font-size:.72rem;background:#eee;border-radius:3px;padding:0 .3rem}
        .badge{display:inline-block;margin-top:.3rem;font-size:.75rem;background:#fff3cd;border:1px solid #e0c36a;border-radius:10px;padding:0 .45rem}
        .empty{color:#5c6475;font-style:italic}table{border-collapse:collapse;background:#fff;width:100%}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e6eb;vertical-align:top}
        tr.overdue td{background:#fdecea}.late{color:#b52b27;font-weight:600}.notice{background:#fff3cd;padding:.5rem .7rem;border-radius:6px}
        form#signin{background:#fff;max-width:26rem;padding:1rem 1.2rem;border-radius:8px}form#signin input{width:100%;font:inherit;padding:.35rem;margin:.3rem 0 .7rem}
        .error{color:#b52b27}.card h3 a{color:inherit;text-decoration:none}.card h3 a:hover{text-decoration:underline}
        .crumbs{margin:0 0 .3rem;font-size:.85rem}.facts{margin:.15rem 0;color:#4a5263}.profile{font-style:italic}
        section h2{font-size:1.05rem;margin:1.4rem 0 .5rem}figure{margin:0 0 .8rem}
        .chart{display:block;max-width:100%;height:auto;border:1px solid #e3e6eb;border-radius:8px}
        .assessments{margin:.3rem 0 .8rem;padding-left:1.2rem}.unrated{color:#5c6475;font-style:italic}
        td.change{font-weight:600;font-variant-numeric:tabular-nums}td.evidence{max-width:32rem}
        tr.done td,tr.dropped td{color:#5c6475}tr.action td{background:#eef3fc}tr.overdue.action td{background:#fdecea}
        .action-tag{background:#2f6fd0;color:#fff;font-weight:600}.tag.override{background:#fff3cd}.owner{color:#4a5263}
        td code{color:#5c6475;font-size:.8rem}code{overflow-wrap:anywhere}
        .skip-link{position:absolute;left:-9999px}.skip-link:focus{left:.5rem;top:.5rem;background:#ffdd00;color:#0b0c0c;padding:.3rem .6rem;z-index:2}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);border:0}
        a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
        .board-form{background:#fff;max-width:36rem;padding:1rem 1.2rem;border-radius:8px;margin:.5rem 0 1rem}
        .form-group{margin:0 0 1rem}.form-group-error{border-left:5px solid #d4351c;padding-left:.8rem}
        .label,legend{display:block;font-weight:600;margin-bottom:.2rem}.hint{color:#505a5f;margin:.1rem 0 .3rem;font-size:.9rem}
        fieldset{border:0;padding:0;margin:0 0 1rem}.checkbox{display:flex;gap:.4rem;align-items:center;margin:.2rem 0}
        .input,.select,.textarea{font:inherit;width:100%;max-width:30rem;padding:.4rem;border:2px solid #0b0c0c;border-radius:0;background:#fff}
        .width-date{max-width:11rem}.input-error{border-color:#d4351c}
        .error-message{color:#a4251a;font-weight:600;margin:.2rem 0 .3rem}.form-error p{margin:.2rem 0}
        .button{font:inherit;font-weight:600;background:#00703c;color:#fff;border:0;border-bottom:2px solid #002d18;padding:.5rem .9rem;cursor:pointer}
        .button.secondary{background:#f3f2f1;color:#0b0c0c;border-bottom-color:#929191}.button.warning,.warning .button{background:#d4351c;border-bottom-color:#55150b}
        fieldset.statement{border-left:4px solid #b1b4b6;padding-left:.8rem}.review-list{padding-left:1.2rem}.review-list li{margin:.25rem 0}
        .period-form{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}td.number{text-align:right;font-variant-numeric:tabular-nums}
        @media print{@page{size:A4;margin:14mm}body{background:#fff;font-size:10pt}header.top,.skip-link,.period-form,.crumbs{display:none}
        .period-section{break-before:page}.period-section:first-of-type{break-before:auto}
        .period .table-wrap{overflow:visible;max-width:none}.period table{font-size:8pt;width:100%}.period th,.period td{padding:2px 4px}}fieldset.statement>legend{font-weight:600}
        .error-summary{border:5px solid #d4351c;background:#fff;padding:.8rem 1rem;margin:0 0 1rem;max-width:40rem}
        .error-summary-title{font-size:1.1rem;margin:0 0 .4rem}.error-summary a{color:#d4351c;font-weight:600}
        .confirmation{background:#00703c;color:#fff;padding:.6rem 1rem;margin:0 0 1rem;border-radius:4px;max-width:40rem}.confirmation p{margin:0}
        .top .account{margin-left:.5rem}
        .table-wrap{overflow-x:auto;max-width:100%;position:relative}.table-wrap>table{min-width:48rem}.table-wrap:focus-visible{outline:2px solid #2f6fd0;outline-offset:2px}
        details.form-panel>summary{cursor:pointer;color:#1d70b8;font-weight:600;margin:.6rem 0}
        .refusal{border-left:5px solid #d4351c;padding:.2rem 0 .2rem .8rem;margin:.5rem 0;max-width:36rem}.refusal form{margin:.4rem 0}
        blockquote.request{background:#fff;border-left:4px solid #b1b4b6;margin:.5rem 0 1rem;padding:.5rem .8rem;white-space:pre-wrap}
        .one-time-password code{font-size:1.4rem;letter-spacing:.08em;background:#fff;padding:.3rem .6rem;border:2px dashed #0b0c0c}.file-upload{font:inherit;max-width:30rem}
        .report-list{list-style:none;padding:0;max-width:48rem}.report-list h2{font-size:1.05rem;margin:.8rem 0 .1rem}.report-list p{margin:0;color:#4a5263}
        .report-form{max-width:none}.report-fields{display:flex;flex-wrap:wrap;gap:0 1.2rem}.report-fields .select{width:auto}
        .report-headline{font-weight:600}th.number,td.number{text-align:right;font-variant-numeric:tabular-nums}.report-chart{margin:.8rem 0}table caption{text-align:left;font-weight:600;padding:.8rem 0 .3rem}
        .shaded td.shade-1{background:#e3ebf7}.shaded td.shade-2{background:#bccfeb}.shaded td.shade-3{background:#8dafdc}
        .shaded td.shade-4{background:#4f80c4;color:#fff}.shaded td.shade-5{background:#1d4f91;color:#fff;font-weight:700}
        @media print{.top,.skip-link,.report-form,.downloads,.back{display:none}body{background:#fff}.table-wrap{overflow:visible}
        .shaded td{print-color-adjust:exact;-webkit-print-color-adjust:exact}.report-chart{break-inside:avoid}}
        """
}
