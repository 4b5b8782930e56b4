// The page of `briefing serve`: sends each file (or the pasted text) to POST /api/brief,
// one after the other so progress reads "n/N", and shows each briefing as it comes back.
// Everything the server returns is shown through textContent, except the briefing
// fragment, which the server renders from an autoescaping template.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("brief-form");
  const fileInput = $("file-input");
  const dropZone = $("drop-zone");
  const chosenList = $("chosen");
  const textInput = $("text-input");
  const submit = $("submit");
  const progress = $("progress");
  const progressBar = $("progress-bar");
  const progressText = $("progress-text");
  const batchActions = $("batch-actions");
  const results = $("results");
  const limit = Number(document.body.dataset.uploadLimit) || Infinity;
  const PASTED = "Văn bản dán";
  let chosen = [];

  function size(n) {
    if (n < 1000) return n + " byte";
    if (n < 1000000) return (n / 1000).toFixed(0) + " kB";
    return (n / 1000000).toFixed(1).replace(".", ",") + " MB";
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showChosen() {
    chosenList.replaceChildren(...chosen.map((f) => {
      const li = el("li", {}, f.name + " (" + size(f.size) + ")");
      if (f.size > limit) {
        li.className = "too-big";
        li.textContent += " – quá lớn, sẽ không được gửi";
      }
      return li;
    }));
  }

  fileInput.addEventListener("change", () => { chosen = Array.from(fileInput.files); showChosen(); });
  for (const type of ["dragenter", "dragover"]) {
    dropZone.addEventListener(type, (e) => { e.preventDefault(); dropZone.classList.add("over"); });
  }
  for (const type of ["dragleave", "drop"]) {
    dropZone.addEventListener(type, () => dropZone.classList.remove("over"));
  }
  dropZone.addEventListener("drop", (e) => {
    e.preventDefault();
    chosen = Array.from(e.dataTransfer.files);
    showChosen();
  });
  form.addEventListener("reset", () => {
    chosen = [];
    showChosen();
    results.replaceChildren();
    batchActions.hidden = true;
    progress.hidden = true;
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); run(); });

  function setProgress(done, total, label) {
    progress.hidden = false;
    progressBar.max = total;
    progressBar.value = done;
    progressText.textContent = label;
  }

  // XMLHttpRequest rather than fetch: only it reports upload progress.
  function post(body, onUpload) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/brief");
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) onUpload(e.loaded / e.total); };
      xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText, id: xhr.getResponseHeader("X-Briefing-Id") });
      xhr.onerror = () => resolve({ status: 0, text: "", id: null });
      xhr.send(body);
    });
  }

  function problem(res) {
    try {
      const err = JSON.parse(res.text).error;
      if (err && err.message_vi) return err;
    } catch (_) { /* not our JSON: fall through */ }
    return {
      message_vi: res.status === 0 ? "Không kết nối được với máy chủ." : "Máy chủ trả lời lỗi " + res.status + ".",
      hint_vi: res.status === 0 ? "Hãy kiểm tra lệnh briefing serve còn chạy, hoặc tệp có quá lớn không." : "",
      message: res.text.slice(0, 500),
    };
  }

  function addError(name, err) {
    const box = el("div", { class: "result error", role: "alert" });
    box.append(el("h2", {}, name));
    box.append(el("p", { class: "message" }, err.message_vi));
    if (err.hint_vi) box.append(el("p", { class: "hint" }, err.hint_vi));
    if (err.message) {
      const details = el("details");
      details.append(el("summary", {}, "Chi tiết"), el("code", {}, err.message));
      box.append(details);
    }
    results.append(box);
  }

  function link(href, text, download) {
    const a = el("a", { href: href }, text);
    if (download) a.setAttribute("download", "");
    else a.setAttribute("target", "_blank");
    return a;
  }

  async function addBriefing(name, id) {
    const response = await fetch("/api/briefings/" + encodeURIComponent(id) + "/fragment");
    const box = el("div", { class: "result", "data-briefing-id": id });
    const bar = el("div", { class: "toolbar" });
    const base = "/api/briefings/" + encodeURIComponent(id);
    bar.append(el("span", { class: "file" }, name),
      link(base + ".md?download=1", "Tải Markdown", true),
      link(base + ".json?download=1", "Tải JSON", true),
      link(base + ".html", "Bản in (HTML)", false));
    box.append(bar);
    const body = el("div", { class: "body" });
    // The fragment is the server's own autoescaped template output.
    body.innerHTML = await response.text();
    box.append(body);
    results.append(box);
  }

  async function run() {
    const jobs = chosen.map((f) => ({ name: f.name, file: f }));
    if (textInput.value.trim()) jobs.push({ name: PASTED, text: textInput.value });
    results.replaceChildren();
    batchActions.hidden = true;
    if (!jobs.length) {
      addError("Chưa có gì để tóm tắt", { message_vi: "Hãy chọn tệp hoặc dán nội dung báo cáo." });
      return;
    }
    submit.disabled = true;
    const ids = [];
    const total = jobs.length;
    try {
      for (let i = 0; i < total; i++) {
        const job = jobs[i];
        const head = "Tệp " + (i + 1) + "/" + total + ": " + job.name;
        if (job.file && job.file.size > limit) {
          addError(job.name, { message_vi: "Tệp quá lớn.", hint_vi: "Tối đa " + size(limit) + " mỗi tệp; hãy chia nhỏ báo cáo." });
          continue;
        }
        const body = new FormData();
        if (job.file) body.append("file", job.file, job.file.name);
        else body.append("text", job.text);
        const started = Date.now();
        let sent = null; // share of the upload sent, once the browser reports it
        setProgress(i, total, head + " – đang gửi…");
        const ticker = setInterval(() => {
          if (sent !== null && sent < 1) return;
          const s = Math.round((Date.now() - started) / 1000);
          setProgress(i + 0.5, total, head + " – đang phân tích… " + s + " giây");
        }, 1000);
        let res;
        try {
          res = await post(body, (f) => {
            sent = f;
            setProgress(i + 0.5 * f, total, head + (f < 1 ? " – đang gửi " + Math.round(100 * f) + "%" : " – đang phân tích…"));
          });
        } finally {
          clearInterval(ticker);
        }
        if (res.status === 200 && res.id) {
          await addBriefing(job.name, res.id);
          ids.push(res.id);
        } else {
          addError(job.name, problem(res));
        }
        setProgress(i + 1, total, "Đã xong " + (i + 1) + "/" + total);
      }
    } finally {
      submit.disabled = false;
    }
    setProgress(total, total, "Đã xong " + total + "/" + total + (ids.length < total ? " (" + (total - ids.length) + " lỗi)" : ""));
    if (ids.length > 1) {
      const query = ids.map((id) => "id=" + encodeURIComponent(id)).join("&");
      batchActions.replaceChildren(link("/api/tasks.csv?" + query, "Tải tasks.csv (nhiệm vụ của " + ids.length + " báo cáo)", true));
      batchActions.hidden = false;
    }
  }
})();
