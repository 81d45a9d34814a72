// Where your app starts (main.tsx, app/layout.tsx…).
import 'smartcar-error-kit/styles.css';
