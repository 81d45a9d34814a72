import './testingLibrary';
