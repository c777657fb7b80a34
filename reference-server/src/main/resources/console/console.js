// The aicnet console: plain calls to the API of annex A from the browser, with the token of POST /auth/tokens in
// X-Auth-Token. Everything the API returns is shown as text (textContent), never as HTML.
'use strict';

const API = new URL('..', window.location.href).href.replace(/\/$/, '');
const ENDED = ['SUCCEEDED', 'FAILED', 'STOPPED', 'UNKNOWN'];
const REFRESH_MS = 1000;
const state = {token: sessionStorage.getItem('aicnet.token'), user: sessionStorage.getItem('aicnet.user'),
  selected: null, logLinks: new Map(), timer: null, busy: false};

const $ = id => document.getElementById(id);

function show(text, info) {
  $('message').textContent = text || '';
  $('message').className = info ? 'info' : '';
}

async function api(method, path, body) {
  const headers = {};
  if (state.token) headers['X-Auth-Token'] = state.token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(API + path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401 && path !== '/auth/tokens') {
    logOut('your session ended: log in again');
    throw new Error('not logged in');
  }
  const text = await response.text();
  const json = text && (response.headers.get('Content-Type') || '').startsWith('application/json') ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error(json && json.errorCode ? json.errorCode + ' ' + json.errorMsg : response.status + ' ' + text);
  }
  return json;
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text === undefined || text === null ? '' : String(text);
  if (className) td.className = className;
  return td;
}

function fill(tableId, items, render) {
  const body = $(tableId).tBodies[0];
  body.replaceChildren();
  items.forEach(item => render(body.insertRow(), item));
}

function option(select, value, label) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  select.appendChild(element);
}

function cards(info) {
  return info && info.processor ? info.processor.processorNum : 0;
}

async function loadCatalog() {
  const [centers, idle, specs, images] = await Promise.all([api('GET', '/centers?pageSize=100'),
    api('GET', '/resource/idle'), api('GET', '/resource/specs?pageSize=100'), api('GET', '/resource/images?pageSize=100')]);
  const idleByCenter = new Map(idle.centerResources.map(resource => [resource.centerId, resource]));
  fill('centers', centers.centers, (row, center) => {
    const resource = idleByCenter.get(center.centerId);
    cell(row, center.centerName + ' (' + center.centerId + ')');
    cell(row, center.province + ' ' + center.city);
    cell(row, center.processorType);
    cell(row, center.connected ? 'yes' : 'no');
    cell(row, resource ? cards(resource.idleResource) + ' / ' + cards(resource.totalResource) : '');
    cell(row, resource ? resource.idleResource.cpu.coreNum + ' / ' + resource.totalResource.cpu.coreNum : '');
  });
  fill('specs', specs.resourceSpecs, (row, spec) => {
    cell(row, spec.resourceSpecId);
    cell(row, spec.resourceSpecName);
    cell(row, spec.cpu.coreNum + ' x ' + spec.cpu.arch);
    cell(row, spec.memory.memorySize + ' ' + spec.memory.memoryUnit);
    cell(row, cards(spec) ? spec.processor.processorNum + ' x ' + spec.processor.productName : 'none');
  });
  fill('images', images.images, (row, image) => {
    cell(row, image.imageId);
    cell(row, image.imageName);
    cell(row, image.arch);
    cell(row, image.processor);
    cell(row, image.framework);
  });
  const center = $('job-center'), spec = $('job-spec'), image = $('job-image');
  center.length = 1;
  centers.centers.filter(c => c.connected).forEach(c => option(center, c.centerId, c.centerName));
  spec.length = 0;
  specs.resourceSpecs.forEach(s => option(spec, s.resourceSpecId, s.resourceSpecName + ' (' + s.resourceSpecId + ')'));
  image.length = 0;
  images.images.forEach(i => option(image, i.imageId, i.imageName + ' (' + i.imageId + ')'));
}

async function refreshJobs() {
  const list = await api('GET', '/trainjob?sort=createTime&order=desc&pageSize=100');
  fill('jobs', list.items, (row, job) => {
    row.dataset.jobId = job.metadata.id;
    row.dataset.status = job.status;
    if (job.metadata.id === state.selected) row.className = 'selected';
    cell(row, job.metadata.id);
    cell(row, job.metadata.name);
    cell(row, job.status, 'status-' + job.status);
    cell(row, job.metadata.createTime);
    const open = document.createElement('button');
    open.textContent = 'Open';
    open.addEventListener('click', () => select(job.metadata.id));
    row.insertCell().appendChild(open);
  });
}

async function refreshDetail() {
  const id = state.selected;
  if (!id) return;
  const job = await api('GET', '/trainjob/' + encodeURIComponent(id));
  if (state.selected !== id) return;
  $('job-detail').hidden = false;
  $('detail-id').textContent = id;
  $('detail-name').textContent = job.metadata.name;
  $('detail-status').textContent = job.status;
  $('detail-status').className = 'status-' + job.status;
  $('job-detail').dataset.status = job.status;
  const row = document.querySelector('#jobs tr[data-job-id="' + CSS.escape(id) + '"]');
  if (row) {   // the list was read a moment earlier: show the newer state there too
    row.dataset.status = job.status;
    row.cells[2].textContent = job.status;
    row.cells[2].className = 'status-' + job.status;
  }
  const ended = ENDED.includes(job.status);
  $('stop').disabled = ended;
  $('delete').disabled = !ended;
  for (const task of job.tasks) {
    let box = document.getElementById('task-' + task.taskId);
    if (!box) {
      box = document.createElement('div');
      box.className = 'task';
      box.id = 'task-' + task.taskId;
      const title = document.createElement('strong');
      const log = document.createElement('pre');
      log.id = 'log-' + task.taskId;
      box.append(title, log);
      $('tasks').appendChild(box);
    }
    box.firstChild.textContent = task.taskId + ' on ' + task.centerName + ', ' + task.specName
        + (task.status ? ', ' + task.status : '') + ': ' + task.command;
    await refreshLog(id, task.taskId, ended);
  }
}

async function refreshLog(jobId, taskId, ended) {
  const key = jobId + '/' + taskId;
  const log = document.getElementById('log-' + taskId);
  if (log.dataset.final === 'true') return;
  if (!state.logLinks.has(key)) {
    const link = await api('GET', '/trainjob/' + encodeURIComponent(jobId) + '/tasks/' + encodeURIComponent(taskId)
        + '/logs/url?contentType=text%2Fplain');
    state.logLinks.set(key, link.logUrl);
  }
  const response = await fetch(state.logLinks.get(key));
  if (!response.ok) {
    state.logLinks.delete(key);   // expired or not yet written: a new link next time
    return;
  }
  log.textContent = await response.text();
  log.scrollTop = log.scrollHeight;
  if (ended) log.dataset.final = 'true';
}

function select(id) {
  state.selected = id;
  $('tasks').replaceChildren();
  tick();
}

async function tick() {
  if (state.busy) return;
  state.busy = true;
  try {
    await refreshJobs();
    await refreshDetail();
    document.body.dataset.refreshed = String(Date.now());
  } catch (e) {
    show(e.message);
  } finally {
    state.busy = false;
  }
}

async function submitJob(event) {
  event.preventDefault();
  const config = {specId: $('job-spec').value, imageId: $('job-image').value};
  if ($('job-center').value) config.centerId = [$('job-center').value];
  if ($('job-command').value) config.command = $('job-command').value;
  try {
    const created = await api('POST', '/trainjob', {jobName: $('job-name').value, config});
    show('submitted ' + created.metadata.id, true);
    select(created.metadata.id);
  } catch (e) {
    show('not submitted: ' + e.message);
  }
}

async function stopJob() {
  try {
    await api('POST', '/trainjob/' + encodeURIComponent(state.selected) + '/stop');
    show('stopped ' + state.selected, true);
    tick();
  } catch (e) {
    show('not stopped: ' + e.message);
  }
}

async function deleteJob() {
  const id = state.selected;
  try {
    await api('DELETE', '/trainjob/' + encodeURIComponent(id));
    show('deleted ' + id, true);
    state.selected = null;
    $('job-detail').hidden = true;
    tick();
  } catch (e) {
    show('not deleted: ' + e.message);
  }
}

async function upload(event) {
  event.preventDefault();
  const file = $('dataset-file').files[0];
  $('upload-state').textContent = 'computing the MD5...';
  const form = new FormData();
  form.append('md5', md5(await file.arrayBuffer()));
  form.append('title', $('dataset-title').value);
  form.append('desc', $('dataset-desc').value);
  form.append('size', String(file.size));
  form.append('file', file, file.name);
  // fetch reports no upload progress; XMLHttpRequest does
  const request = new XMLHttpRequest();
  request.open('POST', API + '/datasets/upload');
  request.setRequestHeader('X-Auth-Token', state.token);
  request.upload.onprogress = progress => {
    if (progress.lengthComputable) $('upload-progress').value = Math.round(100 * progress.loaded / progress.total);
  };
  request.onload = () => {
    const body = request.responseText ? JSON.parse(request.responseText) : {};
    $('upload-progress').value = request.status === 200 ? 100 : 0;
    $('upload-state').textContent = request.status === 200 ? 'uploaded as ' + body.id
        : 'refused: ' + body.errorCode + ' ' + body.errorMsg;
  };
  request.onerror = () => { $('upload-state').textContent = 'the upload failed'; };
  $('upload-state').textContent = 'uploading...';
  request.send(form);
}

async function logIn(event) {
  event.preventDefault();
  try {
    const answer = await api('POST', '/auth/tokens',
        {authMethod: 'password', user: {name: $('user').value, password: $('password').value}});
    state.token = answer.token;
    state.user = $('user').value;
    sessionStorage.setItem('aicnet.token', state.token);
    sessionStorage.setItem('aicnet.user', state.user);
    $('password').value = '';
    show('');
    await enter();
  } catch (e) {
    show('log-in refused: ' + e.message);
  }
}

function logOut(why) {
  state.token = null;
  sessionStorage.removeItem('aicnet.token');
  clearInterval(state.timer);
  $('workspace').hidden = true;
  $('login').hidden = false;
  $('logout').hidden = true;
  $('who').textContent = '';
  show(why);
}

async function enter() {
  $('login').hidden = true;
  $('workspace').hidden = false;
  $('logout').hidden = false;
  $('who').textContent = 'logged in as ' + state.user;
  await loadCatalog();
  await tick();
  state.timer = setInterval(tick, REFRESH_MS);
}

$('login-form').addEventListener('submit', logIn);
$('job-form').addEventListener('submit', submitJob);
$('upload-form').addEventListener('submit', upload);
$('stop').addEventListener('click', stopJob);
$('delete').addEventListener('click', deleteJob);
$('logout').addEventListener('click', () => logOut('logged out'));
if (state.token) {
  enter().catch(e => show(e.message));
}
document.body.dataset.ready = 'true';
