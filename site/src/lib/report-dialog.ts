/** Behaviour of the report dialog (components/ReportDialog.astro), run by the story page's script. */
import { apiFetch } from './api-client'

const dialog = document.querySelector<HTMLDialogElement>('dialog.report-dialog')!
const form = dialog.querySelector('form')!
const outcome = dialog.querySelector<HTMLElement>('[data-outcome]')!
const error = form.querySelector<HTMLElement>('[role=alert]')!
let target = { postType: '', postId: '' }

document.querySelectorAll<HTMLButtonElement>('button[data-report]').forEach((button) => (button.hidden = false))

document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-report], button[data-close]')
  if (!button) return
  if (button.dataset.close !== undefined) return dialog.close()
  const [postType = '', postId = ''] = (button.dataset.report ?? '').split(':')
  target = { postType, postId }
  form.reset()
  form.reason.value = 'worried'
  form.hidden = false
  outcome.hidden = true
  error.hidden = true
  dialog.showModal()
})

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const submit = form.querySelector<HTMLButtonElement>('[type=submit]')!
  const reason = form.reason.value as string
  const details = (form.details.value as string).trim()
  submit.disabled = true
  const res = await apiFetch('/api/reports', { method: 'POST', body: { ...target, reason, ...(details ? { details } : {}) } })
  submit.disabled = false
  if (!res.ok && res.code !== 'already_reported') {
    error.textContent = res.message || dialog.dataset.offline!
    error.hidden = false
    return
  }
  outcome.querySelector('[role=status]')!.textContent = (res.ok ? dialog.dataset.thanks : dialog.dataset.already)!
  outcome.querySelector<HTMLElement>('[data-worried]')!.hidden = reason !== 'worried'
  form.hidden = true
  outcome.hidden = false
  outcome.querySelector<HTMLButtonElement>('[data-close]')!.focus()
})
