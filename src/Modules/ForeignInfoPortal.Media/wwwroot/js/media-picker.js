// The media picker: a dialog that searches the library (/admin/media/picker) and uploads into it
// (/admin/media/upload), and the chosen list whose inputs are renumbered after every change so that model
// binding reads {Name}[0..n].MediaId/Alt/Caption, {Name}.MediaId for one picture, or {Name} as an address.
(function () {
    'use strict';
    if (window.portalMediaPicker) {
        return;
    }
    window.portalMediaPicker = true;

    function thumbnail(item) { return item.thumbnail; }

    function setUp(root) {
        var name = root.getAttribute('data-name');
        var max = parseInt(root.getAttribute('data-max'), 10) || 1;
        var mode = root.getAttribute('data-mode');
        var list = root.querySelector('[data-list]');
        var dialog = root.querySelector('dialog');
        var results = root.querySelector('[data-results]');
        var search = root.querySelector('[data-search]');
        var status = root.querySelector('[data-status]');
        var more = root.querySelector('[data-more]');
        var address = root.querySelector('[data-address]');
        var form = root.closest('form');
        var page = 1;
        var timer = null;

        function renumber() {
            Array.prototype.forEach.call(list.children, function (row, index) {
                row.querySelectorAll('[data-field]').forEach(function (input) {
                    var field = input.getAttribute('data-field');
                    input.name = mode === 'one' ? name + '.' + field : name + '[' + index + '].' + field;
                });
            });
        }

        function input(type, field, value, labelText) {
            var element = document.createElement('input');
            element.type = type;
            element.value = value || '';
            element.setAttribute('data-field', field);
            if (type === 'hidden') {
                return element;
            }
            var label = document.createElement('label');
            label.append(labelText + ' ', element);
            return label;
        }

        function add(item) {
            // The choice is now the latest action: a search still waiting or on its way must not replace its message.
            clearTimeout(timer);
            latest++;
            if (mode === 'address') {
                list.innerHTML = '';
                address.value = item.url;
            } else if (mode === 'one') {
                list.innerHTML = '';
            } else if (list.children.length >= max) {
                status.textContent = 'Đã chọn đủ ' + max + ' ảnh.';
                return false;
            } else if (list.querySelector('[data-id="' + item.id.replace(/-/g, '') + '"]')) {
                status.textContent = 'Ảnh này đã được chọn.';
                return false;
            }

            var row = document.createElement('li');
            row.className = 'media-picker__item';
            row.setAttribute('data-id', item.id.replace(/-/g, ''));
            var image = document.createElement('img');
            image.src = thumbnail(item);
            image.alt = '';
            image.width = 96;
            image.height = 72;
            var body = document.createElement('div');
            var title = document.createElement('p');
            title.className = 'media-picker__name';
            title.textContent = item.name;
            body.append(title);
            if (mode !== 'address') {
                body.append(input('hidden', 'MediaId', item.id.replace(/-/g, '')),
                    input('text', 'Alt', item.alt, 'Mô tả thay thế (alt)'),
                    input('text', 'Caption', item.caption, 'Chú thích'));
            }
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'button button--small';
            remove.setAttribute('data-remove', '');
            remove.textContent = 'Bỏ ảnh';
            row.append(image, body, remove);
            list.append(row);
            renumber();
            status.textContent = 'Đã chọn "' + item.name + '".';
            return true;
        }

        function card(item) {
            var li = document.createElement('li');
            li.className = 'media-card';
            var button = document.createElement('button');
            button.type = 'button';
            var image = document.createElement('img');
            image.src = thumbnail(item);
            image.alt = '';
            image.loading = 'lazy';
            var label = document.createElement('span');
            label.className = 'media-card__name';
            label.textContent = item.name + (item.alt ? '' : ' (chưa có mô tả thay thế)');
            button.append(image, label);
            button.addEventListener('click', function () {
                if (add(item) && mode !== 'list') {
                    dialog.close();
                }
            });
            li.append(button);
            return li;
        }

        // Only the latest request's answer is shown: an earlier one (the list on opening, a shorter search) may arrive later
        // and would otherwise add its cards twice.
        var latest = 0;
        function load(reset) {
            var ticket = ++latest;
            if (reset) {
                page = 1;
            }
            status.textContent = 'Đang tải…';
            fetch('/admin/media/picker?q=' + encodeURIComponent(search.value) + '&page=' + page, { headers: { Accept: 'application/json' } })
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    if (ticket !== latest) {
                        return;
                    }
                    if (reset) {
                        results.innerHTML = '';
                    }
                    data.items.forEach(function (item) { results.append(card(item)); });
                    status.textContent = data.total === 0 ? 'Không có ảnh nào.' : data.total + ' ảnh.';
                    more.hidden = data.page >= data.pageCount;
                })
                .catch(function () {
                    if (ticket === latest) {
                        status.textContent = 'Không tải được thư viện ảnh.';
                    }
                });
        }

        function upload(files) {
            var token = form ? form.querySelector('input[name=__RequestVerificationToken]') : null;
            Array.prototype.forEach.call(files, function (file) {
                var data = new FormData();
                data.append('file', file, file.name);
                status.textContent = 'Đang tải lên ' + file.name + '…';
                fetch('/admin/media/upload', {
                    method: 'POST',
                    body: data,
                    headers: { Accept: 'application/json', RequestVerificationToken: token ? token.value : '' }
                })
                    .then(function (response) { return response.json(); })
                    .then(function (body) {
                        if (body.items && body.items.length) {
                            body.items.forEach(function (item) { add(item); results.prepend(card(item)); });
                        } else {
                            status.textContent = (body.errors || ['Không tải lên được.']).join(' ');
                        }
                    })
                    .catch(function () { status.textContent = 'Không tải lên được ' + file.name + '.'; });
            });
        }

        root.querySelector('[data-open]').addEventListener('click', function () {
            dialog.showModal();
            load(true);
            search.focus();
        });
        root.querySelector('[data-close]').addEventListener('click', function () { dialog.close(); });
        more.addEventListener('click', function () { page++; load(false); });
        search.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () { load(true); }, 250);
        });
        root.querySelector('[data-upload]').addEventListener('change', function (event) {
            upload(event.target.files);
            event.target.value = '';
        });
        list.addEventListener('click', function (event) {
            var remove = event.target.closest('[data-remove]');
            if (remove) {
                remove.closest('li').remove();
                if (mode === 'address') {
                    address.value = '';
                }
                renumber();
            }
        });
    }

    function start() {
        document.querySelectorAll('[data-media-picker]').forEach(setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
