// The file fields' picker: choose files already stored instead of uploading them again. Without this script the
// picker stays hidden and the upload input works alone. A choice becomes a hidden input named like a kept file
// (Fields.X[i].FileId for a list, Fields.X.FileId for one), so the form posts it as if the file were already there.
(function () {
    'use strict';

    function setUp(picker) {
        var form = picker.closest('form');
        var name = picker.dataset.name;
        var isList = picker.dataset.list === 'true';
        var dialog = picker.querySelector('dialog');
        var search = picker.querySelector('[data-search]');
        var results = picker.querySelector('[data-results]');
        var status = picker.querySelector('[data-status]');
        var more = picker.querySelector('[data-more]');
        var chosen = picker.querySelector('[data-chosen]');
        var opener = picker.querySelector('[data-open]');
        var page = 1;
        var timer = 0;
        var latest = 0;

        function inputs() {
            return Array.prototype.filter.call(form.querySelectorAll('input[type=hidden]'), function (input) {
                return isList ? input.name.indexOf(name + '[') === 0 : input.name === name + '.FileId';
            });
        }

        function isChosen(id) {
            return inputs().some(function (input) { return input.value === id; });
        }

        function choose(file) {
            // The choice is now the latest action: a search still waiting or on its way must not replace its message.
            clearTimeout(timer);
            latest++;
            if (isChosen(file.id)) {
                status.textContent = 'Tệp "' + file.name + '" đã có trong danh sách.';
                return;
            }

            if (!isList) {
                // One file: the choice replaces the kept one (as a new upload would).
                inputs().forEach(function (input) { (input.closest("li") || input).remove(); });
                chosen.textContent = '';
            }

            var item = document.createElement('li');
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = isList ? name + '[' + inputs().length + '].FileId' : name + '.FileId';
            input.value = file.id;
            var link = document.createElement('a');
            link.href = file.url;
            link.target = '_blank';
            link.rel = 'noopener';
            link.textContent = file.name;
            var size = document.createElement('span');
            size.className = 'file-list__size';
            size.textContent = ' (' + file.size + ')';
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'button button--small';
            remove.textContent = 'Bỏ chọn';
            remove.addEventListener('click', function () {
                item.remove();
                renumber();
                opener.focus();
            });
            item.append(input, link, size, ' ', remove);
            chosen.append(item);
            status.textContent = 'Đã chọn tệp "' + file.name + '"; lưu để đính kèm.';
        }

        // Model binding reads a list only while its indices run on: close the gap a removed choice leaves.
        function renumber() {
            if (!isList) {
                return;
            }

            inputs().forEach(function (input, index) { input.name = name + '[' + index + '].FileId'; });
        }

        // Only the latest request's answer is shown: an earlier one (the list on opening, a shorter search) may arrive later.
        function load(reset) {
            var ticket = ++latest;
            if (reset) {
                page = 1;
            }

            status.textContent = 'Đang tìm…';
            fetch(picker.dataset.url + '&q=' + encodeURIComponent(search.value) + '&page=' + page, { headers: { Accept: 'application/json' } })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }

                    return response.json();
                })
                .then(function (data) {
                    if (ticket !== latest) {
                        return;
                    }

                    if (reset) {
                        results.textContent = '';
                    }

                    data.items.forEach(function (file) {
                        var item = document.createElement('li');
                        var button = document.createElement('button');
                        button.type = 'button';
                        button.className = 'button button--small';
                        button.textContent = 'Chọn';
                        button.setAttribute('aria-label', 'Chọn ' + file.name);
                        button.addEventListener('click', function () { choose(file); });
                        var text = document.createElement('span');
                        text.textContent = file.name + ' — ' + file.kind + ', ' + file.size + ', tải lên ' + file.uploaded + ' ';
                        item.append(text, button);
                        results.append(item);
                    });
                    more.hidden = !data.hasMore;
                    status.textContent = results.children.length === 0 ? 'Không có tệp nào phù hợp.' : 'Có ' + results.children.length + (data.hasMore ? '+' : '') + ' tệp.';
                })
                .catch(function () {
                    if (ticket !== latest) {
                        return;
                    }

                    status.textContent = 'Không tải được danh sách tệp. Vui lòng thử lại.';
                });
        }

        opener.addEventListener('click', function () {
            dialog.showModal();
            search.focus();
            load(true);
        });
        search.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () { load(true); }, 300);
        });
        more.addEventListener('click', function () {
            page += 1;
            load(false);
        });
        picker.querySelector('[data-close]').addEventListener('click', function () { dialog.close(); });
        dialog.addEventListener('close', function () { opener.focus(); });
        picker.hidden = false;
    }

    document.querySelectorAll('[data-file-picker]').forEach(setUp);
})();
