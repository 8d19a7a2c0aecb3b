// The library's upload area: files dropped or chosen are sent one request each, so every file has its own
// progress bar and its own result; without this script the form posts them all at once.
(function () {
    'use strict';
    var area = document.querySelector('[data-media-upload]');
    if (!area) {
        return;
    }

    var form = area.querySelector('form');
    var input = area.querySelector('input[type=file]');
    var list = area.querySelector('.media-progress');
    var token = form.querySelector('input[name=__RequestVerificationToken]').value;
    var folder = area.getAttribute('data-folder');
    var uploaded = 0;

    function send(file) {
        var row = document.createElement('li');
        var name = document.createElement('span');
        name.textContent = file.name;
        var bar = document.createElement('progress');
        bar.max = 100;
        bar.value = 0;
        bar.setAttribute('aria-label', 'Tiến độ tải lên ' + file.name);
        var status = document.createElement('span');
        status.className = 'media-progress__status';
        status.textContent = 'Đang tải lên…';
        row.append(name, bar, status);
        list.append(row);

        var data = new FormData();
        data.append('file', file, file.name);
        if (folder) {
            data.append('folderId', folder);
        }

        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.setRequestHeader('Accept', 'application/json');
        request.setRequestHeader('RequestVerificationToken', token);
        request.upload.addEventListener('progress', function (event) {
            if (event.lengthComputable) {
                bar.value = Math.round(event.loaded * 100 / event.total);
            }
        });
        request.addEventListener('load', function () {
            var body = null;
            try { body = JSON.parse(request.responseText); } catch (e) { body = null; }
            if (request.status === 200 && body && body.items && body.items.length) {
                bar.value = 100;
                status.textContent = 'Đã tải lên.';
                row.classList.add('is-done');
                uploaded++;
            } else {
                status.textContent = body && body.errors ? body.errors.join(' ') : 'Không tải lên được (lỗi ' + request.status + ').';
                row.classList.add('is-error');
                status.setAttribute('role', 'alert');
            }
            finished();
        });
        request.addEventListener('error', function () {
            status.textContent = 'Mất kết nối khi tải lên.';
            row.classList.add('is-error');
            finished();
        });
        request.send(data);
    }

    var pending = 0;
    function finished() {
        pending--;
        if (pending === 0 && uploaded > 0) {
            var reload = document.createElement('li');
            var link = document.createElement('a');
            link.href = window.location.href;
            link.textContent = 'Xem ảnh vừa tải lên trong thư viện';
            reload.append(link);
            list.append(reload);
        }
    }

    function sendAll(files) {
        Array.prototype.forEach.call(files, function (file) {
            pending++;
            send(file);
        });
    }

    form.addEventListener('submit', function (event) {
        if (input.files.length) {
            event.preventDefault();
            sendAll(input.files);
            input.value = '';
        }
    });
    input.addEventListener('change', function () {
        sendAll(input.files);
        input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (name) {
        form.addEventListener(name, function (event) {
            event.preventDefault();
            form.classList.add('is-dragging');
        });
    });
    ['dragleave', 'drop'].forEach(function (name) {
        form.addEventListener(name, function () { form.classList.remove('is-dragging'); });
    });
    form.addEventListener('drop', function (event) {
        event.preventDefault();
        if (event.dataTransfer && event.dataTransfer.files.length) {
            sendAll(event.dataTransfer.files);
        }
    });
})();
